package dev.docket;

import java.time.Instant;

/**
 * One failed attempt's error, kept with the job.
 *
 * @param attempt the attempt that failed
 * @param at when it was recorded
 * @param message the error's message (the exception's class and message, or a reason such as
 *     "timed out after 30s" or "worker lost")
 * @param stack a bounded stack trace, or {@code null}
 */
public record JobError(int attempt, Instant at, String message, String stack) {
}
