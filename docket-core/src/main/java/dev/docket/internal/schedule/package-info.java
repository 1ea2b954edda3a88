/**
 * Firing schedules: the pure {@link dev.docket.internal.schedule.TickPlanner} decides which ticks
 * create jobs under the catch-up and overlap policies; the
 * {@link dev.docket.internal.schedule.ScheduleFirer} (leader only) fires them through the store,
 * fenced by the leadership term, the schedule's watermark and a unique (schedule, tick) key.
 */
package dev.docket.internal.schedule;
