/**
 * Docket's test kit in Spring tests: {@link dev.docket.spring.boot.test.AutoConfigureDocketTestKit}
 * swaps the application's Docket for a {@link dev.docket.test.DocketTestKit}'s (in-memory store,
 * manual clock, jobs run on demand), with the same handlers, schedules and listeners.
 */
package dev.docket.spring.boot.test;
