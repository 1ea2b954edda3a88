package dev.docket.bench.options;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads a bench command line ({@code --name value} or {@code --name=value}) into {@link BenchOptions}:
 * checks every name, every value and that each option applies to the chosen mode, and fills in the
 * defaults. Every problem is a {@link UsageException} naming it.
 */
public final class OptionParser {
    /**
     * Workers of the drain and steady modes when {@code --workers} is not given: no-op jobs finish
     * in microseconds, so a queue needs many slots for each claim to come back full.
     */
    public static final int DEFAULT_WORKERS = 1000;
    /** Workers of the idle and backlog modes, which measure one job at a time and a waiting heap. */
    public static final int DEFAULT_FEW_WORKERS = 32;
    /** Most jobs one claim takes in the drain and steady modes (Docket's own default is 200). */
    public static final int DEFAULT_FETCH_BATCH = 500;
    /** The enqueue mode's threads when {@code --workers} is not given. */
    public static final int DEFAULT_ENQUEUE_THREADS = 8;
    /**
     * The most jobs a drain's warm-up takes when {@code --warmup-jobs} is not given: as many as the
     * timed run, up to this many (enough for the JIT to have compiled the enqueue and claim paths).
     */
    public static final int MAX_DEFAULT_WARMUP_JOBS = 100_000;
    /** The store when neither {@code --store} nor {@code DOCKET_STORE} says. */
    public static final String DEFAULT_STORE = "memory:";

    private static final Set<String> FLAGS = Set.of("json", "keep", "analyze");
    private static final Set<String> COMMON = Set.of("mode", "store", "workers", "fetch-batch", "poll-interval",
            "json", "keep", "timeout");
    private static final Map<Mode, Set<String>> BY_MODE = Map.of(
            Mode.DRAIN, Set.of("jobs", "batch", "single-sample", "analyze", "warmup-jobs"),
            Mode.STEADY, Set.of("rate", "duration", "warmup", "interval", "retention", "tick", "producer", "csv", "chart"),
            Mode.IDLE, Set.of("jobs", "pause", "producer", "warmup-jobs"),
            Mode.BACKLOG, Set.of("jobs", "batch", "duration", "interval", "job-time", "analyze"),
            Mode.COMMIT, Set.of("rate", "duration", "warmup", "interval"),
            Mode.ENQUEUE, Set.of("jobs", "warmup-jobs"));
    /** Options of every mode that set up Docket's workers, which the commit and enqueue modes do not run. */
    private static final Set<String> ENGINE = Set.of("fetch-batch", "poll-interval");

    private final UnaryOperator<String> env;

    /** A parser that reads {@code DOCKET_STORE} through {@code env}. */
    public OptionParser(UnaryOperator<String> env) {
        this.env = env;
    }

    public BenchOptions parse(String[] args) {
        Map<String, String> given = read(args);
        Mode mode = given.containsKey("mode") ? Mode.parse(given.get("mode")) : Mode.DRAIN;
        for (String name : given.keySet()) {
            if ((!COMMON.contains(name) && !BY_MODE.get(mode).contains(name))
                    || ((mode == Mode.COMMIT || mode == Mode.ENQUEUE) && ENGINE.contains(name))) {
                throw new UsageException("--" + name + " does not apply to --mode " + mode.label());
            }
        }
        String store = given.getOrDefault("store", orDefault(env.apply("DOCKET_STORE"), DEFAULT_STORE));
        if (store.isBlank()) {
            throw new UsageException("--store must not be empty");
        }
        boolean memory = store.regionMatches(true, 0, "memory:", 0, "memory:".length());
        if (given.containsKey("analyze") && !store.regionMatches(true, 0, "jdbc:postgresql:", 0, 16)) {
            throw new UsageException("--analyze applies to PostgreSQL stores only");
        }
        if (mode == Mode.COMMIT && !store.regionMatches(true, 0, "jdbc:postgresql:", 0, 16)) {
            throw new UsageException("--mode commit measures a PostgreSQL server: --store must be a"
                    + " jdbc:postgresql: URL");
        }
        boolean throughput = mode == Mode.DRAIN || mode == Mode.STEADY;
        int defaultWorkers = throughput ? DEFAULT_WORKERS : mode == Mode.COMMIT ? 1
                : mode == Mode.ENQUEUE ? DEFAULT_ENQUEUE_THREADS : DEFAULT_FEW_WORKERS;
        BenchOptions.Engine engine = new BenchOptions.Engine(
                intOf(given, "workers", defaultWorkers, 1, 10_000),
                given.containsKey("fetch-batch") ? Integer.valueOf(intOf(given, "fetch-batch", 0, 1, 10_000))
                        : throughput ? Integer.valueOf(DEFAULT_FETCH_BATCH) : null,
                given.containsKey("poll-interval") ? durationOf(given, "poll-interval", null, Duration.ofMillis(10)) : null,
                mode == Mode.STEADY ? durationOf(given, "retention", Duration.ofSeconds(10), Duration.ZERO) : null);
        Producer producer = given.containsKey("producer") ? Producer.parse(given.get("producer"))
                : mode == Mode.IDLE && !memory ? Producer.SEPARATE : Producer.SAME;
        if (producer == Producer.SEPARATE && memory) {
            throw new UsageException("--producer separate needs a store two Dockets can share; a memory: store"
                    + " belongs to one Docket");
        }
        boolean keep = given.containsKey("keep");
        int jobs = intOf(given, "jobs", defaultJobs(mode), 1, 100_000_000);
        int warmupJobs = mode == Mode.DRAIN ? intOf(given, "warmup-jobs",
                keep ? 0 : Math.min(jobs, MAX_DEFAULT_WARMUP_JOBS), 0, 100_000_000)
                : mode == Mode.IDLE || mode == Mode.ENQUEUE ? intOf(given, "warmup-jobs", jobs, 0, 100_000_000) : 0;
        if (mode == Mode.DRAIN && keep && warmupJobs > 0) {
            throw new UsageException("--warmup-jobs needs the store emptied after the warm-up, which --keep"
                    + " forbids; drop one of them");
        }
        BenchOptions.Load load = new BenchOptions.Load(
                jobs,
                intOf(given, "batch", 1000, 1, 10_000),
                intOf(given, "single-sample", 1000, 0, 1_000_000),
                intOf(given, "rate", 1000, 1, 10_000_000),
                durationOf(given, "tick", Duration.ofMillis(5), Duration.ZERO),
                durationOf(given, "pause", Duration.ofMillis(20), Duration.ZERO),
                durationOf(given, "job-time", Duration.ofMillis(100), Duration.ZERO),
                producer,
                warmupJobs);
        BenchOptions.Sampling sampling = new BenchOptions.Sampling(
                durationOf(given, "duration", Duration.ofSeconds(60), Duration.ofSeconds(1)),
                durationOf(given, "warmup", Duration.ofSeconds(5), Duration.ZERO),
                durationOf(given, "interval", Duration.ofSeconds(10), Duration.ofMillis(100)),
                pathOf(given, "csv"),
                pathOf(given, "chart"),
                durationOf(given, "timeout", Duration.ofMinutes(30), Duration.ofSeconds(1)));
        return new BenchOptions(mode, store, keep, given.containsKey("analyze"),
                given.containsKey("json"), engine, load, sampling);
    }

    private static Map<String, String> read(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "' (options start with --; see --help)");
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (!COMMON.contains(name) && BY_MODE.values().stream().noneMatch(s -> s.contains(name))) {
                throw new UsageException("unknown option --" + name + " (see --help)");
            }
            String value;
            if (FLAGS.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "true";
            } else if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (given.put(name, value) != null) {
                throw new UsageException("--" + name + " is given twice");
            }
        }
        return given;
    }

    private static int defaultJobs(Mode mode) {
        return switch (mode) {
            case DRAIN -> 100_000;
            case IDLE -> 1_000;
            case ENQUEUE -> 8_000;
            case BACKLOG -> 1_000_000;
            case STEADY, COMMIT -> 0;
        };
    }

    private static int intOf(Map<String, String> given, String name, int fallback, int min, int max) {
        String v = given.get(name);
        return v == null ? fallback : Values.integer("--" + name, v, min, max);
    }

    private static Duration durationOf(Map<String, String> given, String name, Duration fallback, Duration min) {
        String v = given.get(name);
        return v == null ? fallback : Values.duration("--" + name, v, min);
    }

    private static Path pathOf(Map<String, String> given, String name) {
        String v = given.get(name);
        if (v == null) {
            return null;
        }
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new UsageException("--" + name + " is not a valid path: " + e.getMessage());
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
