package dev.docket.bench;

/** The bench's help text. */
final class Usage {
    static final String TEXT = """
            Usage: docket bench [--mode drain|steady|idle|backlog|commit|enqueue] [--store URL] [options] [--json]

            Modes:
              drain    (default) N no-op jobs enqueued in bulk first, then drained; jobs/s of each phase,
                       single-enqueue latency, JVM CPU per job, PostgreSQL commits per second
                       --jobs N (100000)  --batch B (1000)  --single-sample S (1000)
                       --warmup-jobs W (as --jobs, at most 100000; 0 with --keep) an untimed drain of
                       W jobs first, then the store is emptied again (peer runs take the same option)
                       --analyze  (PostgreSQL) ANALYZE the schema's tables once the jobs are in
              steady   a producer at a fixed rate while workers run: enqueue-to-start latency and
                       throughput, sampled over time
                       --rate R (1000)  --duration 60s  --warmup 5s  --interval 10s
                       --tick 5ms  one enqueueAll call of the jobs due per tick (0s: each call as soon
                       as the last returns)
                       --retention 10s  --producer same|separate  --csv FILE  --chart FILE.png
              idle     single jobs into an idle queue, one at a time: the wake-up latency
                       --jobs N (1000)  --pause 20ms  --producer same|separate (separate unless memory:)
                       --warmup-jobs W (as --jobs) untimed jobs the same way first
              backlog  N jobs waiting while slow workers run: the heap used after a full GC
                       --jobs N (1000000)  --batch B (1000)  --job-time 100ms  --duration 60s  --interval 10s
                       --analyze
              commit   no Docket: one-row INSERTs, each its own commit, straight to a PostgreSQL store at a
                       fixed rate; the server's and disk's own commit latency, sampled over time
                       --rate R (1000)  --duration 60s  --warmup 5s  --interval 10s
                       --workers C (1) connections, each committing at R / C
              enqueue  single enqueue calls from many threads of one Docket at once, no workers:
                       calls/s and each call's latency (run several on schemas of one database to
                       see applications enqueueing side by side)
                       --jobs N (8000)  --workers T (8) threads  --warmup-jobs W (as --jobs)

            Common options:
              --store URL          memory:, sqlite:PATH or jdbc:postgresql://HOST:PORT/DB?user=U&currentSchema=S
                                   (default: $DOCKET_STORE, else memory:). The store is emptied first: the
                                   SQLite file is deleted, the PostgreSQL schema dropped and created again.
              --keep               run on the store as it is instead
              --workers W          concurrency of the bench queue (1000 in drain and steady, else 32;
                                   in commit mode the connections, 1; in enqueue mode the threads, 8)
              --fetch-batch N      most jobs one claim takes (500 in drain and steady, else Docket's 200)
              --poll-interval D    how often idle workers poll (Docket's default)
              --timeout D          how long a phase may take before the run gives up (30m)
              --json               print only the JSON result line
              --peer jobrunr|db-scheduler   the same drain run against a peer job system

            The configuration is printed first; the last line is the result as JSON. Exit status: 0 done,
            1 the run failed, 2 a usage error. JVM options come from DOCKET_BENCH_JAVA_OPTS (default -Xmx1g).
            """;

    private Usage() {
    }
}
