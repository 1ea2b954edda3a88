package dev.docket;

import java.time.Duration;
import java.util.Objects;

/**
 * Defaults for every job of one type, set when its handler is registered:
 * {@code .handle(Report.TYPE, reports::build, t -> t.queue("reports").timeout(Duration.ofMinutes(10)))}.
 * A job's own {@link JobOptions} win over these.
 */
public final class TypeOptions {
    private String queue;
    private Integer priority;
    private Integer maxAttempts;
    private Backoff backoff;
    private Duration timeout;

    /** The queue the type's jobs go to. */
    public TypeOptions queue(String queue) {
        this.queue = Queues.checkName(queue);
        return this;
    }

    /** The type's default priority, 0–9. */
    public TypeOptions priority(int priority) {
        new JobOptions().priority(priority);
        this.priority = priority;
        return this;
    }

    /** The type's most attempts. */
    public TypeOptions maxAttempts(int maxAttempts) {
        new JobOptions().maxAttempts(maxAttempts);
        this.maxAttempts = maxAttempts;
        return this;
    }

    /** The type's wait between failed attempts. */
    public TypeOptions backoff(Backoff backoff) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        return this;
    }

    /** How long one attempt of this type may run. */
    public TypeOptions timeout(Duration timeout) {
        new JobOptions().timeout(timeout);
        this.timeout = timeout;
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
}
