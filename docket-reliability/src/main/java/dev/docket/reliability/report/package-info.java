/** The Markdown report of a run. */
package dev.docket.reliability.report;
