package dev.docket.admin;

import dev.docket.Job;
import java.time.Instant;

/**
 * A job handed to an external worker.
 *
 * @param job the job (state running)
 * @param attempt the attempt the worker must quote when it reports
 * @param expiresAt when the lease lapses without a heartbeat
 */
public record LeasedJob(Job job, int attempt, Instant expiresAt) {
}
