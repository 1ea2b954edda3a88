package dev.docket.bench.peers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The arguments of a peer drain: {@code --peer jobrunr|db-scheduler --store URL --jobs N
 * [--workers W] [--warmup-jobs N] [--database NAME] [--json]}.
 *
 * @param peer the system to run
 * @param storeUrl a PostgreSQL server (any database on it) the peer's own database is created on
 * @param jobs how many no-op jobs to enqueue and drain
 * @param workers the peer's worker threads, or {@code null} for its documented default
 * @param warmupJobs jobs of an untimed drain on a fresh database before the timed one (0 for none)
 * @param database the peer's database, dropped and created afresh for every run
 * @param json print only the JSON line
 */
record PeerOptions(PeerKind peer, String storeUrl, int jobs, Integer workers, int warmupJobs, String database,
                   boolean json) {
    /** Databases this benchmark may drop: only its own. */
    static final Pattern DATABASE = Pattern.compile("peers_[a-z0-9_]{1,50}");

    /** Docket's drain warm-up when {@code --warmup-jobs} is not given: as many jobs as the run, up to this many. */
    static final int MAX_DEFAULT_WARMUP_JOBS = 100_000;

    static final String USAGE = "usage: bench --peer jobrunr|db-scheduler --store jdbc:postgresql://HOST:PORT/DB?user=U"
            + " --jobs N [--workers W] [--warmup-jobs N (as --jobs, at most 100000)] [--database peers_NAME] [--json]";

    /**
     * Reads {@code args}.
     *
     * @throws IllegalArgumentException naming the argument that is missing or wrong
     */
    static PeerOptions parse(String[] args) {
        PeerKind peer = null;
        String store = null;
        Integer jobs = null;
        Integer workers = null;
        Integer warmupJobs = null;
        String database = null;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--json" -> json = true;
                case "--peer" -> peer = PeerKind.named(value(args, ++i, a));
                case "--store" -> store = value(args, ++i, a);
                case "--jobs" -> jobs = positive(value(args, ++i, a), a);
                case "--workers" -> workers = positive(value(args, ++i, a), a);
                case "--warmup-jobs" -> warmupJobs = atLeastZero(value(args, ++i, a), a);
                case "--database" -> database = value(args, ++i, a);
                default -> throw new IllegalArgumentException("unknown argument '" + a + "'");
            }
        }
        if (peer == null) {
            throw new IllegalArgumentException("--peer is required (jobrunr or db-scheduler)");
        }
        if (store == null || !store.regionMatches(true, 0, "jdbc:postgresql:", 0, 16)) {
            throw new IllegalArgumentException("--store must be a PostgreSQL URL (jdbc:postgresql://HOST:PORT/DB),"
                    + " was " + (store == null ? "missing" : "'" + store + "'"));
        }
        if (jobs == null) {
            throw new IllegalArgumentException("--jobs is required");
        }
        if (database == null) {
            database = "peers_" + peer.id().replace("-", "");
        }
        database = database.toLowerCase(Locale.ROOT);
        if (!DATABASE.matcher(database).matches()) {
            throw new IllegalArgumentException("--database '" + database + "' must match " + DATABASE.pattern()
                    + ": the run drops and recreates it, so it must be one of the benchmark's own");
        }
        return new PeerOptions(peer, store, jobs, workers,
                warmupJobs != null ? warmupJobs : Math.min(jobs, MAX_DEFAULT_WARMUP_JOBS), database, json);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    /** The options of the untimed warm-up drain: these, with {@link #warmupJobs} jobs and no warm-up of its own. */
    PeerOptions warmUp() {
        return new PeerOptions(peer, storeUrl, warmupJobs, workers, 0, database, json);
    }

    private static int positive(String text, String name) {
        return whole(text, name, 1, "a positive whole number");
    }

    private static int atLeastZero(String text, String name) {
        return whole(text, name, 0, "a whole number, 0 or more");
    }

    private static int whole(String text, String name, int min, String what) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be " + what + ", was '" + text + "'");
    }
}
