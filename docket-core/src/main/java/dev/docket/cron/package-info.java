/**
 * Docket's schedules: cron expressions with an explicit daylight-saving policy, and fixed
 * intervals.
 *
 * <p>{@link dev.docket.cron.Schedule} is what the scheduler sees. A
 * {@link dev.docket.cron.CronSchedule} pairs a {@link dev.docket.cron.CronExpression} with the
 * time zone whose wall clock it describes; an {@link dev.docket.cron.IntervalSchedule} fires at a
 * fixed period from an anchor instant. Malformed expressions raise
 * {@link dev.docket.cron.CronParseException}, which names the bad field and value.
 *
 * <p>The package depends only on {@code java.time}. The full syntax, the daylight-saving rules
 * with worked examples, and the edge-case decisions are documented in {@code docs/cron.md}.
 */
package dev.docket.cron;
