/**
 * Recurring jobs: {@link dev.docket.schedule.JobSchedule}s are durable objects in the store (cron
 * or interval, a zone, a job template, overlap and catch-up policies), fired by one process at a
 * time, each tick at most once across every process that shares the store.
 */
package dev.docket.schedule;
