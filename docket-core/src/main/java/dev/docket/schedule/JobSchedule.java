package dev.docket.schedule;

import dev.docket.JobOptions;
import dev.docket.JobType;
import dev.docket.cron.CronExpression;
import dev.docket.cron.CronSchedule;
import dev.docket.cron.IntervalSchedule;
import dev.docket.cron.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A recurring job: when (a cron expression in a zone, or a fixed interval), what (a job type, its
 * arguments and options), and the policies for overlapping runs and missed ticks.
 *
 * <pre>{@code
 * JobSchedule.cron("nightly-cleanup", "0 3 * * *")
 *         .zone("Europe/Berlin")
 *         .job("uploads.cleanup", Map.of("olderThanDays", 30))
 *         .overlap(Overlap.SKIP)
 *         .build();
 * }</pre>
 */
public final class JobSchedule {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,127}");
    /** The shortest interval accepted. */
    public static final Duration MIN_INTERVAL = Duration.ofMillis(100);

    private final String name;
    private final CronExpression cron;
    private final Duration every;
    private final ZoneId zone;
    private final String jobType;
    private final Object args;
    private final JobOptions options;
    private final Overlap overlap;
    private final CatchUp catchUp;
    private final Boolean paused;
    private final Instant startAt;
    private final Instant endAt;
    private final Duration jitter;

    private JobSchedule(Builder b) {
        this.name = b.name;
        this.cron = b.cron;
        this.every = b.every;
        this.zone = b.zone;
        this.jobType = b.jobType;
        this.args = b.args;
        this.options = new JobOptions(b.options);
        this.overlap = b.overlap;
        this.catchUp = b.catchUp;
        this.paused = b.paused;
        this.startAt = b.startAt;
        this.endAt = b.endAt;
        this.jitter = b.jitter;
    }

    /** A schedule named {@code name} firing on the cron expression {@code expression} (UTC unless a zone is set). */
    public static Builder cron(String name, String expression) {
        return new Builder(name).cron(expression);
    }

    /** A schedule named {@code name} firing every {@code interval}, from its start (or its creation). */
    public static Builder every(String name, Duration interval) {
        return new Builder(name).every(interval);
    }

    /** Checks a schedule name: 1–128 letters, digits and {@code _ . : -}. */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid schedule name '" + name
                    + "': use 1-128 letters, digits or _ . : - starting with a letter or digit");
        }
        return name;
    }

    public String name() {
        return name;
    }

    /** The cron expression, or {@code null} for an interval schedule. */
    public CronExpression cron() {
        return cron;
    }

    /** The interval, or {@code null} for a cron schedule. */
    public Duration every() {
        return every;
    }

    public ZoneId zone() {
        return zone;
    }

    public String jobType() {
        return jobType;
    }

    /** The job's arguments: a record, POJO, map, or {@link dev.docket.RawJson}; {@code null} for {@code {}}. */
    public Object args() {
        return args;
    }

    /** The job's options (queue, priority, attempts, backoff, timeout, metadata). */
    public JobOptions options() {
        return new JobOptions(options);
    }

    public Overlap overlap() {
        return overlap;
    }

    public CatchUp catchUp() {
        return catchUp;
    }

    /** Whether it is paused: {@code null} means "as stored" (new schedules start unpaused). */
    public Boolean paused() {
        return paused;
    }

    /** No tick before this instant, or {@code null}. */
    public Instant startAt() {
        return startAt;
    }

    /** No tick after this instant, or {@code null}. */
    public Instant endAt() {
        return endAt;
    }

    /** Each job runs up to this long after its tick, chosen at random, or {@code null}. */
    public Duration jitter() {
        return jitter;
    }

    /**
     * The fire times as a {@link Schedule}; interval schedules are anchored at {@code startAt}, or at
     * {@code anchor} when they have none.
     */
    public Schedule timing(Instant anchor) {
        if (cron != null) {
            return CronSchedule.of(cron.toString(), zone);
        }
        return new IntervalSchedule(startAt != null ? startAt : anchor, every);
    }

    /** A builder holding this schedule's settings. */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.cron = cron;
        b.every = every;
        b.zone = zone;
        b.jobType = jobType;
        b.args = args;
        b.options = new JobOptions(options);
        b.overlap = overlap;
        b.catchUp = catchUp;
        b.paused = paused;
        b.startAt = startAt;
        b.endAt = endAt;
        b.jitter = jitter;
        return b;
    }

    /** Builds a {@link JobSchedule}; {@link #build()} checks everything. */
    public static final class Builder {
        private final String name;
        private CronExpression cron;
        private Duration every;
        private ZoneId zone = ZoneOffset.UTC;
        private String jobType;
        private Object args;
        private JobOptions options = new JobOptions();
        private Overlap overlap = Overlap.ALLOW;
        private CatchUp catchUp = CatchUp.ONE;
        private Boolean paused;
        private Instant startAt;
        private Instant endAt;
        private Duration jitter;

        private Builder(String name) {
            this.name = checkName(name);
        }

        /** Fires on {@code expression}; replaces any interval. */
        public Builder cron(String expression) {
            this.cron = CronExpression.parse(expression);
            this.every = null;
            return this;
        }

        /** Fires every {@code interval}; replaces any cron expression. */
        public Builder every(Duration interval) {
            if (interval == null || interval.compareTo(MIN_INTERVAL) < 0) {
                throw new IllegalArgumentException("schedule interval must be at least " + MIN_INTERVAL.toMillis()
                        + " ms, was " + interval);
            }
            this.every = interval;
            this.cron = null;
            return this;
        }

        /** The zone the cron expression is read in (IANA name, default UTC). */
        public Builder zone(String zoneId) {
            try {
                return zone(ZoneId.of(zoneId));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("invalid timezone '" + zoneId + "': " + e.getMessage(), e);
            }
        }

        /** The zone the cron expression is read in. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The job each tick creates. */
        public Builder job(String type, Object args) {
            this.jobType = JobType.checkName(type);
            this.args = args;
            return this;
        }

        /** The job each tick creates. */
        public <A> Builder job(JobType<A> type, A args) {
            return job(type.name(), args);
        }

        /** The job each tick creates, with options (queue, priority, attempts, backoff, timeout, metadata). */
        public Builder job(String type, Object args, Consumer<JobOptions> jobOptions) {
            job(type, args);
            JobOptions o = new JobOptions();
            jobOptions.accept(o);
            if (o.runAt() != null || o.delay() != null || o.uniqueKey() != null) {
                throw new IllegalArgumentException("a schedule's job cannot set runAt, delay or uniqueKey: each tick sets its own");
            }
            this.options = o;
            return this;
        }

        public Builder overlap(Overlap overlap) {
            this.overlap = Objects.requireNonNull(overlap, "overlap");
            return this;
        }

        public Builder catchUp(CatchUp catchUp) {
            this.catchUp = Objects.requireNonNull(catchUp, "catchUp");
            return this;
        }

        /** Stores it paused (or unpaused); unset keeps what the store has. */
        public Builder paused(boolean paused) {
            this.paused = paused;
            return this;
        }

        public Builder startAt(Instant startAt) {
            this.startAt = startAt;
            return this;
        }

        public Builder endAt(Instant endAt) {
            this.endAt = endAt;
            return this;
        }

        /** Spread each job's start randomly over up to {@code jitter} after its tick. */
        public Builder jitter(Duration jitter) {
            if (jitter != null && jitter.isNegative()) {
                throw new IllegalArgumentException("jitter must not be negative, was " + jitter);
            }
            this.jitter = jitter == null || jitter.isZero() ? null : jitter;
            return this;
        }

        public JobSchedule build() {
            if (cron == null && every == null) {
                throw new IllegalArgumentException("schedule '" + name + "' needs a cron expression or an interval");
            }
            if (jobType == null) {
                throw new IllegalArgumentException("schedule '" + name + "' needs a job type");
            }
            if (startAt != null && endAt != null && endAt.isBefore(startAt)) {
                throw new IllegalArgumentException("schedule '" + name + "' ends (" + endAt + ") before it starts (" + startAt + ")");
            }
            return new JobSchedule(this);
        }
    }
}
