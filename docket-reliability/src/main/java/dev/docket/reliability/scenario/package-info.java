/** The scenarios, one class each (or one class for two close variants), each with a short and a full size. */
package dev.docket.reliability.scenario;
