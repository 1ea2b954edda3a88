package dev.docket.bench.jmh;

import dev.docket.spi.LeaseRef;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
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
 * Recording {@value #BATCH} successes: in one {@code recordOutcomes} call (what the completer does
 * with the outcomes that arrived while its previous write ran), or in {@value #BATCH} calls of one
 * (a write per finished job). Each iteration starts from a fresh store; running jobs to finish are
 * inserted and claimed {@value #REFILL} at a time outside the measured time, about as many as a busy
 * process holds, and PostgreSQL's statistics are refreshed after each such step: planned for no
 * running rows, the outcome UPDATE would read every running row of the table instead of its 64.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class OutcomeBench {
    static final int BATCH = 64;
    static final int REFILL = 640;

    @Param({"memory", "postgres"})
    public String store;

    private Store target;
    private List<LeaseRef> running = List.of();
    private int next;

    @Setup(Level.Iteration)
    public void freshStore() {
        closeStore();
        target = BenchStores.openEmpty(store);
        running = List.of();
        next = 0;
    }

    /** Not measured: starts more jobs once too few are running for the next call. */
    @Setup(Level.Invocation)
    public void startMoreWhenLow() {
        if (running.size() - next < BATCH) {
            BenchStores.fill(target, REFILL);
            running = BenchStores.claimAll(target, REFILL);
            BenchStores.analyze(store);
            next = 0;
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
    public int recordBatch() {
        List<Outcome> outcomes = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            outcomes.add(new Outcome.Succeeded(running.get(next++), null));
        }
        return applied(target.jobs().recordOutcomes(new OutcomeParams(outcomes, Instant.now())), BATCH);
    }

    @Benchmark
    public int recordOneByOne() {
        int n = 0;
        for (int i = 0; i < BATCH; i++) {
            Outcome one = new Outcome.Succeeded(running.get(next++), null);
            n += applied(target.jobs().recordOutcomes(new OutcomeParams(List.of(one), Instant.now())), 1);
        }
        return n;
    }

    private static int applied(OutcomeResult result, int expected) {
        if (result.applied().size() != expected) {
            throw new IllegalStateException("recorded " + result.applied().size() + " outcomes, expected " + expected);
        }
        return expected;
    }
}
