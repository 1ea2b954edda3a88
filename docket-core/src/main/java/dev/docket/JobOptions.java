package dev.docket;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Per-job options, set in the callback of an enqueue:
 * {@code docket.enqueue(args, o -> o.queue("mail").priority(1).delay(Duration.ofMinutes(5)))}.
 * Anything left unset falls back to the type's defaults, then to Docket's.
 */
public final class JobOptions {
    private String queue;
    private Integer priority;
    private Integer maxAttempts;
    private Backoff backoff;
    private Duration timeout;
    private String uniqueKey;
    private Instant runAt;
    private Duration delay;
    private final Map<String, String> meta = new LinkedHashMap<>();

    /** Fresh, empty options. */
    public JobOptions() {
    }

    /** A copy of {@code other}. */
    public JobOptions(JobOptions other) {
        this.queue = other.queue;
        this.priority = other.priority;
        this.maxAttempts = other.maxAttempts;
        this.backoff = other.backoff;
        this.timeout = other.timeout;
        this.uniqueKey = other.uniqueKey;
        this.runAt = other.runAt;
        this.delay = other.delay;
        this.meta.putAll(other.meta);
    }

    /** The queue to put the job on (default: the type's queue, else {@code default}). */
    public JobOptions queue(String queue) {
        this.queue = Queues.checkName(queue);
        return this;
    }

    /** 0 (first) to 9 (last); default 0. */
    public JobOptions priority(int priority) {
        if (priority < 0 || priority > 9) {
            throw new IllegalArgumentException("priority must be 0-9, was " + priority);
        }
        this.priority = priority;
        return this;
    }

    /** The most attempts the job may have, at least 1 (default 20). */
    public JobOptions maxAttempts(int maxAttempts) {
        if (maxAttempts < 1 || maxAttempts > 1000) {
            throw new IllegalArgumentException("maxAttempts must be 1-1000, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        return this;
    }

    /** The wait between failed attempts. */
    public JobOptions backoff(Backoff backoff) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        return this;
    }

    /** How long one attempt may run before it is interrupted and failed as timed out. */
    public JobOptions timeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /**
     * At most one unfinished job may hold a unique key; enqueueing another returns the existing job,
     * marked as a duplicate.
     */
    public JobOptions uniqueKey(String uniqueKey) {
        if (uniqueKey == null || uniqueKey.isEmpty() || uniqueKey.length() > 255) {
            throw new IllegalArgumentException("uniqueKey must be 1-255 characters");
        }
        this.uniqueKey = uniqueKey;
        return this;
    }

    /** Run no earlier than {@code runAt}. Clears any {@link #delay}. */
    public JobOptions runAt(Instant runAt) {
        this.runAt = Objects.requireNonNull(runAt, "runAt");
        this.delay = null;
        return this;
    }

    /** Run no earlier than {@code delay} from now (the store's clock). Clears any {@link #runAt}. */
    public JobOptions delay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        this.delay = delay;
        this.runAt = null;
        return this;
    }

    /** Adds one metadata entry (free-form strings, e.g. a tenant or a trace parent). */
    public JobOptions meta(String key, String value) {
        Objects.requireNonNull(key, "meta key");
        Objects.requireNonNull(value, "meta value");
        meta.put(key, value);
        return this;
    }

    /** Adds all entries of {@code entries} to the metadata. */
    public JobOptions meta(Map<String, String> entries) {
        entries.forEach(this::meta);
        return this;
    }

    public String queue() {
        return queue;
    }

    public Integer priority() {
        return priority;
    }

    public Integer maxAttempts() {
        return maxAttempts;
    }

    public Backoff backoff() {
        return backoff;
    }

    public Duration timeout() {
        return timeout;
    }

    public String uniqueKey() {
        return uniqueKey;
    }

    public Instant runAt() {
        return runAt;
    }

    public Duration delay() {
        return delay;
    }

    /** The metadata entries, in insertion order (a live view: do not modify). */
    public Map<String, String> meta() {
        return meta;
    }
}
