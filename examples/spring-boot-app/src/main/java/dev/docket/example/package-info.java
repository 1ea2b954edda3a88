/**
 * An example Spring Boot application on Docket: a signup sends a welcome email (enqueued in the
 * same transaction as the user row), an upload gets a thumbnail, a report is written as CSV, and a
 * nightly schedule deletes old uploads.
 */
package dev.docket.example;
