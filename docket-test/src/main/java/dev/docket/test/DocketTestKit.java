package dev.docket.test;

import dev.docket.Docket;
import dev.docket.DocketBuilder;
import dev.docket.Job;
import dev.docket.JobState;
import dev.docket.admin.JobPage;
import dev.docket.admin.JobQuery;
import dev.docket.internal.DocketRuntime;
import dev.docket.spi.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Docket for tests: in-memory store, manual clock, no background threads, finished jobs kept
 * (no pruning) so tests can look at them. Jobs run only when the
 * test says so, on demand and deterministically:
 *
 * <pre>{@code
 * try (DocketTestKit kit = DocketTestKit.create(b -> b.handle(SendWelcome.TYPE, mailer::send))) {
 *     signup.register("ada@example.com", kit.docket());
 *     kit.assertEnqueued("mail.welcome", "{\"email\":\"ada@example.com\"}");
 *     kit.runDue();                            // runs it now
 *     kit.advance(Duration.ofMinutes(5));      // and anything due within five minutes, retries included
 * }
 * }</pre>
 */
public final class DocketTestKit implements AutoCloseable {
    /** Where the manual clock starts unless told otherwise. */
    public static final Instant DEFAULT_START = Instant.parse("2030-01-01T00:00:00Z");

    private final ManualClock clock;
    private final Docket docket;
    private final DueJobDriver driver;

    private DocketTestKit(ManualClock clock, Docket docket) {
        this.clock = clock;
        this.docket = docket;
        this.driver = new DueJobDriver((DocketRuntime) docket, clock);
        ((DocketRuntime) docket).saveDeclaredSchedules();
    }

    /** A kit whose clock starts at {@link #DEFAULT_START}; {@code configure} registers handlers. */
    public static DocketTestKit create(Consumer<DocketBuilder> configure) {
        return create(ManualClock.at(DEFAULT_START), configure);
    }

    /** A kit on the given clock; {@code configure} registers handlers and settings. */
    public static DocketTestKit create(ManualClock clock, Consumer<DocketBuilder> configure) {
        Duration keep = Duration.ofDays(3650);
        DocketBuilder builder = Docket.builder().store(Stores.open("memory:")).clock(clock).maintenance(false)
                .retention(keep, keep, keep);
        configure.accept(builder);
        builder.clock(clock);
        Docket docket = builder.build();
        if (!(docket instanceof DocketRuntime)) {
            throw new IllegalStateException("unexpected Docket implementation " + docket.getClass().getName());
        }
        return new DocketTestKit(clock, docket);
    }

    /** The Docket to hand to the code under test. */
    public Docket docket() {
        return docket;
    }

    /** The manual clock every delay, retry and timeout follows. */
    public ManualClock clock() {
        return clock;
    }

    /**
     * Runs every job that is due now, on any queue, including jobs those jobs enqueue and retries
     * that are due at once, until nothing due is left. Each attempt runs to its end before the next.
     *
     * @return how many attempts ran
     */
    public int runDue() {
        return driver.runDue();
    }

    /**
     * Moves the clock forward by {@code amount} as a running system would live through it: it stops
     * at every schedule tick and every job's due time on the way and runs what is due there, so
     * schedules fire each tick on time and retries run when their backoff ends.
     *
     * @return how many attempts ran
     */
    public int advance(Duration amount) {
        return advanceTo(clock.instant().plus(amount));
    }

    /** {@link #advance} up to {@code target}. */
    public int advanceTo(Instant target) {
        int attempts = runDue();
        Instant stop;
        while ((stop = driver.nextStopBefore(target)) != null) {
            clock.advanceTo(stop);
            attempts += runDue();
        }
        clock.advanceTo(target);
        return attempts + runDue();
    }

    /**
     * Moves the clock to {@code target} as if no Docket process had been running meanwhile (a
     * deployment gap, an outage), then runs what is due: schedules see their ticks as missed and
     * follow their catch-up policy.
     */
    public int skipTo(Instant target) {
        clock.advanceTo(target);
        return runDue();
    }

    /** Every stored job, newest first. */
    public List<Job> jobs() {
        return all(JobQuery.all());
    }

    /** Stored jobs of {@code type}, newest first. */
    public List<Job> jobs(String type) {
        return all(JobQuery.all().withType(type));
    }

    /** Stored jobs in any of {@code states}, newest first. */
    public List<Job> jobs(JobState... states) {
        return all(JobQuery.all().withStates(Set.of(states)));
    }

    /** The job with {@code id}. */
    public Job job(String id) {
        return docket.admin().job(id).orElseThrow(() -> new AssertionError("no job with id " + id));
    }

    /**
     * Asserts that a job of {@code type} with exactly these arguments (JSON, compared after parsing)
     * is stored, in any state.
     */
    public Job assertEnqueued(String type, String argsJson) {
        return JobAssertions.assertEnqueued(jobs(type), type, argsJson);
    }

    /** Asserts that no job at all is stored. */
    public void assertNothingEnqueued() {
        List<Job> all = jobs();
        if (!all.isEmpty()) {
            throw new AssertionError("expected no jobs, but found " + all.size() + ": " + JobAssertions.describe(all));
        }
    }

    private List<Job> all(JobQuery query) {
        List<Job> out = new ArrayList<>();
        JobQuery q = query.withLimit(JobQuery.MAX_LIMIT);
        while (true) {
            JobPage page = docket.admin().jobs(q);
            out.addAll(page.jobs());
            if (page.nextCursor() == null) {
                return out;
            }
            q = q.withCursor(page.nextCursor());
        }
    }

    @Override
    public void close() {
        docket.close(Duration.ZERO);
    }
}
