/**
 * Docket for applications' own tests: an in-memory store, a manual clock that drives delays,
 * retries, timeouts and schedules together, a way to run everything that is due right now, and
 * assertions about what was enqueued.
 */
package dev.docket.test;
