package dev.docket.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A job to insert, with every default already resolved except timeout and backoff (which the
 * executing process resolves from the job type when they are {@code null}).
 *
 * @param type the type name
 * @param queue the queue
 * @param priority 0–9, 0 first
 * @param argsJson the arguments as JSON text
 * @param meta free-form metadata
 * @param maxAttempts the most attempts, at least 1
 * @param uniqueKey at most one unfinished job may hold it; {@code null} for none
 * @param runAt run no earlier than this instant; {@code null} to use {@code delay}
 * @param delay run no earlier than this long after the store's now; {@code null} (with a
 *     {@code null} runAt) means now
 * @param timeoutMs per-attempt timeout, or {@code null}
 * @param backoffInitialMs per-job backoff start, or {@code null}
 * @param backoffMaxMs per-job backoff cap, or {@code null}
 */
public record NewJob(
        String type,
        String queue,
        int priority,
        String argsJson,
        Map<String, String> meta,
        int maxAttempts,
        String uniqueKey,
        Instant runAt,
        Duration delay,
        Long timeoutMs,
        Long backoffInitialMs,
        Long backoffMaxMs) {

    public NewJob {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(argsJson, "argsJson");
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }

    /** A job of {@code type} on {@code queue} with default settings, to run now. */
    public static NewJob of(String type, String queue, String argsJson) {
        return new NewJob(type, queue, 0, argsJson, Map.of(), 20, null, null, null, null, null, null);
    }

    public NewJob withPriority(int value) {
        return new NewJob(type, queue, value, argsJson, meta, maxAttempts, uniqueKey, runAt, delay,
                timeoutMs, backoffInitialMs, backoffMaxMs);
    }

    public NewJob withMeta(Map<String, String> value) {
        return new NewJob(type, queue, priority, argsJson, value, maxAttempts, uniqueKey, runAt, delay,
                timeoutMs, backoffInitialMs, backoffMaxMs);
    }

    public NewJob withMaxAttempts(int value) {
        return new NewJob(type, queue, priority, argsJson, meta, value, uniqueKey, runAt, delay,
                timeoutMs, backoffInitialMs, backoffMaxMs);
    }

    public NewJob withUniqueKey(String value) {
        return new NewJob(type, queue, priority, argsJson, meta, maxAttempts, value, runAt, delay,
                timeoutMs, backoffInitialMs, backoffMaxMs);
    }

    public NewJob withRunAt(Instant value) {
        return new NewJob(type, queue, priority, argsJson, meta, maxAttempts, uniqueKey, value, null,
                timeoutMs, backoffInitialMs, backoffMaxMs);
    }

    public NewJob withDelay(Duration value) {
        return new NewJob(type, queue, priority, argsJson, meta, maxAttempts, uniqueKey, null, value,
                timeoutMs, backoffInitialMs, backoffMaxMs);
    }

    public NewJob withTimeoutMs(Long value) {
        return new NewJob(type, queue, priority, argsJson, meta, maxAttempts, uniqueKey, runAt, delay,
                value, backoffInitialMs, backoffMaxMs);
    }

    public NewJob withBackoffMs(Long initial, Long max) {
        return new NewJob(type, queue, priority, argsJson, meta, maxAttempts, uniqueKey, runAt, delay,
                timeoutMs, initial, max);
    }

    /** The delay in milliseconds, 0 when none. */
    public long delayMs() {
        return delay == null ? 0 : Math.max(0, delay.toMillis());
    }
}
