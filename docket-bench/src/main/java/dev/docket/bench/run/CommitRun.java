package dev.docket.bench.run;

import dev.docket.bench.measure.LatencyHistogram;
import dev.docket.bench.measure.LatencyRecorder;
import dev.docket.bench.options.BenchOptions;
import dev.docket.bench.report.Console;
import dev.docket.bench.report.ResultLine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Commit mode: no Docket at all. One-row INSERTs into a probe table of the store's schema, each its
 * own transaction, at the given rate from {@code --workers} connections ({@link RatedCommitter}),
 * each call's duration sampled every interval as the steady mode samples job latency.
 *
 * <p>Every job a PostgreSQL queue runs waits for at least two such commits (its insert's and its
 * claim's), so this is the floor under any such queue's latency on the machine, and how much that
 * floor moves from one interval to the next: run it at the commit rate a steady run reports
 * ({@code pgCommitsPerSec}) to tell the server's and disk's variation from the queue's.
 */
public final class CommitRun {
    /** The probe table, created in the store's schema for the run and dropped after it. */
    static final String TABLE = "docket_bench_commit_probe";

    private final RunContext ctx;

    public CommitRun(RunContext ctx) {
        this.ctx = ctx;
    }

    public ResultLine run() throws InterruptedException {
        describe();
        BenchOptions o = ctx.options();
        String url = ctx.target().jdbcUrl();
        execute(url, "CREATE TABLE IF NOT EXISTS " + TABLE
                + " (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), pad text NOT NULL)");
        LatencyRecorder latency = new LatencyRecorder();
        List<RatedCommitter> committers = new ArrayList<>();
        Window window;
        try {
            int connections = o.engine().workers();
            for (int i = 0; i < connections; i++) {
                RatedCommitter c = new RatedCommitter(url, TABLE, (double) o.load().rate() / connections, latency);
                committers.add(c);
                c.start("bench-commit-" + (i + 1));
            }
            Pause.until(System.nanoTime() + o.sampling().warmup().toNanos());
            latency.reset();
            window = measure(latency);
        } finally {
            for (RatedCommitter c : committers) {
                c.stop();
            }
            execute(url, "DROP TABLE IF EXISTS " + TABLE);
        }
        long failures = committers.stream().mapToLong(RatedCommitter::failures).sum();
        if (failures > 0) {
            String last = committers.stream().map(RatedCommitter::lastFailure).filter(m -> m != null)
                    .findFirst().orElse("?");
            throw new IllegalStateException(failures + " commit(s) failed; the last: " + last);
        }
        LatencyHistogram total = latency.total();
        return ctx.withEnvironment(ctx.result(total.count(), Double.NaN, Double.NaN, window.seconds(),
                        total.percentileMs(50), total.percentileMs(99))
                .decimal("latencyMaxMs", total.maxMs())
                .count("rate", o.load().rate())
                .rate("commitsPerSec", total.count() / window.seconds())
                .decimal("durationSec", window.seconds())
                .decimals("intervalCommitsPerSec", window.rates())
                .decimals("intervalP50Ms", window.p50s())
                .decimals("intervalP99Ms", window.p99s()));
    }

    private void describe() {
        BenchOptions o = ctx.options();
        Console console = ctx.console();
        console.fact("rate", o.load().rate() + " commits/s");
        console.fact("statement", "INSERT INTO " + TABLE + " (pad) VALUES ('x') in auto-commit: one row, one commit");
        console.fact("latency", "each call, from send to reply (System.nanoTime)");
        ctx.describeSampling();
    }

    /** Samples every interval for the duration, printing a line for each. */
    private Window measure(LatencyRecorder latency) {
        BenchOptions.Sampling s = ctx.options().sampling();
        List<Double> rates = new ArrayList<>();
        List<Double> p50s = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + s.duration().toNanos();
        long last = start;
        for (long next = start + s.interval().toNanos(); ; next += s.interval().toNanos()) {
            Pause.until(Math.min(next, end));
            long now = System.nanoTime();
            LatencyHistogram h = latency.takeInterval();
            double rate = h.count() / ((now - last) / 1e9);
            last = now;
            rates.add(rate);
            p50s.add(h.percentileMs(50));
            p99s.add(h.percentileMs(99));
            ctx.console().line(String.format(Locale.ROOT,
                    "t=%6.1fs committed %7.0f/s p50 %8.3f ms p99 %8.3f ms max %8.3f ms",
                    (now - start) / 1e9, rate, h.percentileMs(50), h.percentileMs(99), h.maxMs()));
            if (next >= end) {
                break;
            }
        }
        return new Window((System.nanoTime() - start) / 1e9, rates, p50s, p99s);
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "': " + e.getMessage(), e);
        }
    }

    /** What the measured window saw: its length, and each interval's commits per second and percentiles. */
    private record Window(double seconds, List<Double> rates, List<Double> p50s, List<Double> p99s) {
    }
}
