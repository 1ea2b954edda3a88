package dev.docket.internal.worker;

import dev.docket.ExecutionScope;
import dev.docket.JobEvent;
import dev.docket.JsonCodec;
import dev.docket.JsonException;
import dev.docket.TypeOptions;
import dev.docket.internal.registry.RegisteredType;
import dev.docket.internal.registry.TypeRegistry;
import dev.docket.internal.support.Events;
import dev.docket.internal.support.JobIds;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one attempt through small steps: resolve the handler, decode the arguments, set the deadline,
 * run the handler with the job in the logging MDC, classify what happened, and pass the outcome to
 * the completer. Never throws.
 */
public final class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Clock clock;
    private final JsonCodec json;
    private final TypeRegistry types;
    private final Duration defaultTimeout;
    private final OutcomePolicy policy;
    private final Completer completer;
    private final RunningJobs running;
    private final LeaseKeeper leases;
    private final Events events;

    public JobRunner(Clock clock, JsonCodec json, TypeRegistry types, Duration defaultTimeout, OutcomePolicy policy,
                     Completer completer, RunningJobs running, LeaseKeeper leases, Events events) {
        this.clock = clock;
        this.json = json;
        this.types = types;
        this.defaultTimeout = defaultTimeout;
        this.policy = policy;
        this.completer = completer;
        this.running = running;
        this.leases = leases;
        this.events = events;
    }

    /** Runs {@code job}'s attempt on the calling thread. */
    public void run(RunningJob job) {
        Map<String, String> previousMdc = MDC.getCopyOfContextMap();
        putMdc(job.job());
        try {
            execute(job);
        } catch (RuntimeException | Error e) {
            log.error("internal error while running job {}; its lease will lapse and it will run again",
                    job.job().id(), e);
        } finally {
            restoreMdc(previousMdc);
        }
    }

    private void execute(RunningJob job) {
        JobRecord record = job.job();
        Instant start = clock.instant();
        RegisteredType type = types.byName(record.type()).filter(RegisteredType::handled).orElse(null);
        if (type == null) {
            job.handlerFinished();
            finish(job, policy.unrunnable(record, "unknown job type '" + record.type()
                    + "': no handler is registered for it in the process that took it", start), Duration.ZERO, null);
            return;
        }
        Object args;
        try {
            args = json.decode(record.argsJson(), type.argsClass());
        } catch (JsonException e) {
            job.handlerFinished();
            finish(job, policy.unrunnable(record, "invalid arguments for job type '" + record.type() + "': "
                    + e.getMessage(), start), Duration.ZERO, e);
            return;
        }
        Duration timeout = timeoutOf(record, type.options());
        job.started(Thread.currentThread(), start, timeout == null ? null : start.plus(timeout));
        ExecutionScope scope = null;
        if (!events.isEmpty()) {
            JobEvent started = event(JobEvent.Kind.STARTED, record, start, null, queueTime(record, start), null);
            events.emit(started);
            scope = events.openScopes(started);
        }

        Object result = null;
        Throwable error = null;
        try {
            result = type.invoker().invoke(args, new AttemptContext(job, json, leases));
        } catch (Throwable t) {
            error = t;
        } finally {
            job.handlerFinished();
            Thread.interrupted();
        }
        Instant end = clock.instant();
        Duration runTime = Duration.between(start, end);
        Outcome outcome = null;
        try {
            outcome = classify(job, type.options(), result, error, timeout, end);
        } finally {
            endScope(scope, outcome, error);
        }
        finish(job, outcome, runTime, error);
    }

    private static void endScope(ExecutionScope scope, Outcome outcome, Throwable error) {
        if (scope == null) {
            return;
        }
        try {
            scope.attemptEnded(Completer.kindOf(outcome), error);
        } finally {
            closeQuietly(scope);
        }
    }

    private Outcome classify(RunningJob job, TypeOptions options, Object result, Throwable error, Duration timeout, Instant at) {
        if (error == null) {
            try {
                return policy.succeeded(job.job(), result == null ? null : json.encode(result));
            } catch (JsonException e) {
                return policy.failed(job.job(), options, e, null, timeout, at);
            }
        }
        return policy.failed(job.job(), options, error, job.stopReason(), timeout, at);
    }

    private void finish(RunningJob job, Outcome outcome, Duration runTime, Throwable error) {
        if (outcome != null) {
            completer.submit(new PendingOutcome(job, outcome, runTime, error));
            return;
        }
        running.remove(job);
        if (job.stopReason() == StopReason.LEASE_LOST && !events.isEmpty()) {
            events.emit(event(JobEvent.Kind.LEASE_LOST, job.job(), clock.instant(), runTime, null, error));
        }
    }

    private Duration timeoutOf(JobRecord record, TypeOptions options) {
        if (record.timeoutMs() != null) {
            return Duration.ofMillis(record.timeoutMs());
        }
        return options.timeout() != null ? options.timeout() : defaultTimeout;
    }

    private static Duration queueTime(JobRecord record, Instant start) {
        if (record.runAt() == null || start.isBefore(record.runAt())) {
            return Duration.ZERO;
        }
        return Duration.between(record.runAt(), start);
    }

    static JobEvent event(JobEvent.Kind kind, JobRecord job, Instant at, Duration runTime, Duration queueTime, Throwable error) {
        return new JobEvent(kind, JobIds.format(job.id()), job.type(), job.queue(), job.attempt(), job.meta(), at,
                runTime, queueTime, error);
    }

    private static void putMdc(JobRecord job) {
        MDC.put("docket.job.id", JobIds.format(job.id()));
        MDC.put("docket.job.type", job.type());
        MDC.put("docket.job.queue", job.queue());
        MDC.put("docket.job.attempt", Integer.toString(job.attempt()));
    }

    private static void restoreMdc(Map<String, String> previous) {
        if (previous == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(previous);
        }
    }

    private static void closeQuietly(AutoCloseable scope) {
        if (scope != null) {
            try {
                scope.close();
            } catch (Exception e) {
                log.debug("execution scope failed to close", e);
            }
        }
    }
}
