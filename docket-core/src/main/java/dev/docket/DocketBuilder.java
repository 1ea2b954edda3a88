package dev.docket;

import dev.docket.internal.DocketRuntime;
import dev.docket.internal.DocketSettings;
import dev.docket.internal.registry.RegisteredType;
import dev.docket.internal.registry.TypeRegistry;
import dev.docket.schedule.JobSchedule;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Configures a {@link Docket}. Every setting has a default; {@link #build()} checks them all and
 * fails with a message that says what to fix.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><td>store</td><td>{@code sqlite:docket-data/docket.db}</td></tr>
 *   <tr><td>queues</td><td>{@code default} with 10 workers</td></tr>
 *   <tr><td>max attempts</td><td>20</td></tr>
 *   <tr><td>backoff</td><td>{@link Backoff#DEFAULT} (1 s doubling to 4 h, about 24.5 h over 20 attempts)</td></tr>
 *   <tr><td>timeout</td><td>none</td></tr>
 *   <tr><td>lease</td><td>30 s, renewed every 10 s; a killed process's jobs run again within about 40 s</td></tr>
 *   <tr><td>poll interval</td><td>1 s (notifications wake workers sooner)</td></tr>
 *   <tr><td>shutdown grace</td><td>30 s</td></tr>
 *   <tr><td>retention</td><td>succeeded 24 h, dead 14 days, cancelled 14 days</td></tr>
 * </table>
 */
public final class DocketBuilder {
    private Store store;
    private String storeUrl;
    private Clock clock = Clock.systemUTC();
    private JsonCodec json;
    private final Map<String, Integer> queues = new LinkedHashMap<>();
    private final List<RegisteredType> types = new ArrayList<>();
    private final List<DocketListener> listeners = new ArrayList<>();
    private final List<EnqueueInterceptor> enqueueInterceptors = new ArrayList<>();
    private int maxAttempts = 20;
    private Backoff backoff = Backoff.DEFAULT;
    private Duration timeout;
    private Duration lease = Duration.ofSeconds(30);
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration shutdownGrace = Duration.ofSeconds(30);
    private Duration succeededRetention = Duration.ofHours(24);
    private Duration deadRetention = Duration.ofDays(14);
    private Duration cancelledRetention = Duration.ofDays(14);
    private int maxLosses = 3;
    private String processName;
    private boolean maintenance = true;
    private boolean claimUnknownTypes;
    private Boolean virtualThreads;
    private int fetchBatchMax = 200;
    private int outcomeBatchMax = 1000;
    private final Map<String, JobSchedule> schedules = new LinkedHashMap<>();

    DocketBuilder() {
    }

    /** Uses {@code store}; Docket closes it on {@link Docket#close()}. */
    public DocketBuilder store(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.storeUrl = null;
        return this;
    }

    /** Opens the store at {@code url} (e.g. {@code sqlite:jobs.db}, {@code jdbc:postgresql://…}, {@code memory:}). */
    public DocketBuilder store(String url) {
        this.storeUrl = Objects.requireNonNull(url, "url");
        this.store = null;
        return this;
    }

    /** The clock every part of Docket reads (tests pass a manual one). */
    public DocketBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The JSON codec for arguments and results. */
    public DocketBuilder json(JsonCodec json) {
        this.json = Objects.requireNonNull(json, "json");
        return this;
    }

    /** Works {@code queue} in this process with up to {@code concurrency} jobs at once. */
    public DocketBuilder queue(String queue, int concurrency) {
        Queues.checkName(queue);
        if (concurrency < 1 || concurrency > 10_000) {
            throw new IllegalArgumentException("concurrency of queue '" + queue + "' must be 1-10000, was " + concurrency);
        }
        queues.put(queue, concurrency);
        return this;
    }

    /** Runs jobs of {@code type} with {@code handler}. */
    public <A> DocketBuilder handle(JobType<A> type, JobHandler<A> handler) {
        return handle(type, handler, t -> { });
    }

    /** Runs jobs of {@code type} with {@code handler}, with type defaults. */
    public <A> DocketBuilder handle(JobType<A> type, JobHandler<A> handler, Consumer<TypeOptions> options) {
        Objects.requireNonNull(handler, "handler");
        return add(type, (args, ctx) -> {
            handler.handle(type.argsClass().cast(args), ctx);
            return null;
        }, options);
    }

    /** Runs jobs of the named type, reading arguments into {@code argsClass}. */
    public <A> DocketBuilder handle(String type, Class<A> argsClass, JobHandler<A> handler) {
        return handle(JobType.of(type, argsClass), handler);
    }

    /** Runs jobs of {@code type} with a handler whose result is stored with the job. */
    public <A, R> DocketBuilder handleWithResult(JobType<A> type, JobFunction<A, R> handler) {
        return handleWithResult(type, handler, t -> { });
    }

    /** Runs jobs of {@code type} with a handler whose result is stored, with type defaults. */
    public <A, R> DocketBuilder handleWithResult(JobType<A> type, JobFunction<A, R> handler,
                                                 Consumer<TypeOptions> options) {
        Objects.requireNonNull(handler, "handler");
        return add(type, (args, ctx) -> handler.handle(type.argsClass().cast(args), ctx), options);
    }

    /** Makes {@code type} known for enqueueing by class, without running it in this process. */
    public DocketBuilder register(JobType<?> type) {
        return register(type, t -> { });
    }

    /** Makes {@code type} known for enqueueing by class, with type defaults, without running it here. */
    public DocketBuilder register(JobType<?> type, Consumer<TypeOptions> options) {
        return add(type, null, options);
    }

    private DocketBuilder add(JobType<?> type, RegisteredType.Invoker invoker, Consumer<TypeOptions> options) {
        TypeOptions typeOptions = new TypeOptions();
        options.accept(typeOptions);
        types.add(new RegisteredType(type.name(), type.argsClass(), invoker, typeOptions));
        return this;
    }

    /**
     * Declares a schedule, saved to the store when Docket starts: created if new, redefined if
     * changed (keeping its firing state when its timing is unchanged), so redeploys are idempotent.
     */
    public DocketBuilder schedule(JobSchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        if (schedules.putIfAbsent(schedule.name(), schedule) != null) {
            throw new IllegalArgumentException("schedule '" + schedule.name() + "' is declared twice");
        }
        return this;
    }

    /** Hears job events (metrics, tracing, logging). */
    public DocketBuilder listener(DocketListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Sees every enqueue before the store does (metadata, tracing); the first added is the outermost. */
    public DocketBuilder enqueueInterceptor(EnqueueInterceptor interceptor) {
        enqueueInterceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return this;
    }

    /** Attempts for jobs whose type and options do not say (default 20). */
    public DocketBuilder maxAttempts(int maxAttempts) {
        new JobOptions().maxAttempts(maxAttempts);
        this.maxAttempts = maxAttempts;
        return this;
    }

    /** Backoff for jobs whose type and options do not say. */
    public DocketBuilder backoff(Backoff backoff) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        return this;
    }

    /** Per-attempt timeout for jobs whose type and options do not say (default none). */
    public DocketBuilder timeout(Duration timeout) {
        new JobOptions().timeout(timeout);
        this.timeout = timeout;
        return this;
    }

    /** How long a claimed job stays ours without renewal (default 30 s; renewed every third of it). */
    public DocketBuilder lease(Duration lease) {
        this.lease = positive("lease", lease, Duration.ofMillis(300));
        return this;
    }

    /** How often idle workers look for work when no notification arrives (default 1 s). */
    public DocketBuilder pollInterval(Duration pollInterval) {
        this.pollInterval = positive("pollInterval", pollInterval, Duration.ofMillis(10));
        return this;
    }

    /** How long running jobs may take to finish when Docket stops (default 30 s). */
    public DocketBuilder shutdownGrace(Duration grace) {
        if (grace == null || grace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative, was " + grace);
        }
        this.shutdownGrace = grace;
        return this;
    }

    /**
     * How long finished jobs are kept before they are deleted. A zero succeeded retention has this
     * Docket's workers delete each job in the write that records its success (with its earlier
     * attempts' errors), rather than mark it succeeded for the pruner to delete later: one row
     * version and its index entries fewer per job. Succeeded jobs reported by external workers over
     * HTTP are still pruned on the pruner's round.
     */
    public DocketBuilder retention(Duration succeeded, Duration dead, Duration cancelled) {
        this.succeededRetention = nonNegative("succeeded retention", succeeded);
        this.deadRetention = nonNegative("dead retention", dead);
        this.cancelledRetention = nonNegative("cancelled retention", cancelled);
        return this;
    }

    /** After this many attempts lost with their worker, a job goes dead (default 3). */
    public DocketBuilder maxLosses(int maxLosses) {
        if (maxLosses < 1) {
            throw new IllegalArgumentException("maxLosses must be at least 1, was " + maxLosses);
        }
        this.maxLosses = maxLosses;
        return this;
    }

    /** A readable name for this process in the dashboard (default host:pid). */
    public DocketBuilder processName(String name) {
        this.processName = Objects.requireNonNull(name, "name");
        return this;
    }

    /** Whether this process takes part in maintenance: staging, rescue and pruning (default true). */
    public DocketBuilder maintenance(boolean enabled) {
        this.maintenance = enabled;
        return this;
    }

    /**
     * Whether workers also take jobs of types that have no handler in this process, and mark them
     * dead at once with "unknown job type" (default false: such jobs wait for a process, or an
     * external worker, that knows them).
     */
    public DocketBuilder claimUnknownTypes(boolean claim) {
        this.claimUnknownTypes = claim;
        return this;
    }

    /** Forces virtual ({@code true}) or platform ({@code false}) worker threads; default: virtual on JDK 21+. */
    public DocketBuilder virtualThreads(boolean virtual) {
        this.virtualThreads = virtual;
        return this;
    }

    /** The most jobs one claim takes (default 200; a claim never takes more than the free slots). */
    public DocketBuilder fetchBatchMax(int max) {
        if (max < 1 || max > 10_000) {
            throw new IllegalArgumentException("fetchBatchMax must be 1-10000, was " + max);
        }
        this.fetchBatchMax = max;
        return this;
    }

    /** Checks every setting and builds the Docket (not started). */
    public Docket build() {
        Map<String, Integer> workQueues = new LinkedHashMap<>(queues);
        if (workQueues.isEmpty()) {
            workQueues.put(Queues.DEFAULT, 10);
        }
        TypeRegistry registry = new TypeRegistry(types);
        Store opened = store != null ? store : Stores.open(storeUrl != null ? storeUrl : Stores.DEFAULT_URL);
        DocketSettings settings = new DocketSettings(opened, clock,
                json != null ? json : JacksonJsonCodec.create(), Map.copyOf(workQueues), registry,
                List.copyOf(listeners), List.copyOf(enqueueInterceptors), maxAttempts, backoff, timeout, lease,
                pollInterval, shutdownGrace,
                succeededRetention, deadRetention, cancelledRetention, maxLosses, processName,
                maintenance, claimUnknownTypes, virtualThreads, fetchBatchMax, outcomeBatchMax,
                List.copyOf(schedules.values()));
        return DocketRuntime.create(settings, workQueues);
    }

    private static Duration positive(String what, Duration value, Duration min) {
        if (value == null || value.compareTo(min) < 0) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    private static Duration nonNegative(String what, Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, was " + value);
        }
        return value;
    }
}
