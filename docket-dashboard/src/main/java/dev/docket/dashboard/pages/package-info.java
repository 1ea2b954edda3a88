/**
 * The dashboard's pages, each rendered from the admin model with the escaping HTML builder: overview,
 * queues, jobs (all, scheduled, dead), job detail, schedules, processes, sign-in and errors.
 */
package dev.docket.dashboard.pages;
