package dev.docket.bench.jmh;

import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.ReleaseParams;
import dev.docket.spi.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Taking {@value #BATCH} jobs from a store: in one claim, or in {@value #BATCH} claims of one. Each
 * iteration starts from a fresh store holding {@value #POOL} available jobs; when fewer than
 * {@value #BATCH} are left, the claimed ones are handed back ({@code release}) outside the measured
 * time, so the table keeps its size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ClaimBench {
    static final int BATCH = 64;
    static final int POOL = 12_800;

    @Param({"memory", "postgres"})
    public String store;

    private Store target;
    private final List<LeaseRef> claimed = new ArrayList<>(POOL);

    @Setup(Level.Iteration)
    public void freshStore() {
        closeStore();
        target = BenchStores.openEmpty(store);
        BenchStores.fill(target, POOL);
        BenchStores.analyze(store);
        claimed.clear();
    }

    /** Not measured: hands the claimed jobs back once too few are left for the next call. */
    @Setup(Level.Invocation)
    public void handBackWhenLow() {
        if (POOL - claimed.size() < BATCH) {
            for (int from = 0; from < claimed.size(); from += 1000) {
                List<LeaseRef> part = claimed.subList(from, Math.min(claimed.size(), from + 1000));
                target.jobs().release(new ReleaseParams(part, Instant.now()));
            }
            claimed.clear();
        }
    }

    @TearDown(Level.Trial)
    public void closeStore() {
        if (target != null) {
            target.close();
            target = null;
        }
    }

    @Benchmark
    public int claimBatch() {
        return keep(target.jobs().claim(BenchStores.claim(BATCH)), BATCH);
    }

    @Benchmark
    public int claimOneByOne() {
        int n = 0;
        for (int i = 0; i < BATCH; i++) {
            n += keep(target.jobs().claim(BenchStores.claim(1)), 1);
        }
        return n;
    }

    private int keep(List<JobRecord> jobs, int expected) {
        if (jobs.size() != expected) {
            throw new IllegalStateException("claimed " + jobs.size() + " jobs, expected " + expected);
        }
        for (JobRecord j : jobs) {
            claimed.add(new LeaseRef(j.id(), j.attempt()));
        }
        return jobs.size();
    }
}
