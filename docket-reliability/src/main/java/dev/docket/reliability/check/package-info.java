/** Checking a run's history against the store: lost, duplicate, attributable, stuck, orphan restart time. */
package dev.docket.reliability.check;
