package dev.docket.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.Change;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobQueries;
import dev.docket.spi.JobRecord;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.ListParams;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import dev.docket.spi.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every contract case: a fresh store per test from the registered {@link StoreFixture}
 * (disposed after it), a fixed clock to drive time through the {@code now} parameters, and helpers
 * that insert, claim and drive jobs into any state through the SPI itself.
 */
public abstract class StoreTestSupport {
    /** The instant the cases call "now" unless they move time on. */
    public static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    /** The lease claims take unless a case says otherwise. */
    public static final Duration LEASE = Duration.ofMinutes(5);
    /** The worker claims are made for. */
    public static final String WORKER = "tck-worker";

    protected StoreFixture fixture;
    protected Store store;
    private final List<Store> peers = new ArrayList<>();

    /** Whether the store is created with its database clock; only the clock cases say yes. */
    protected boolean databaseClock() {
        return false;
    }

    @BeforeEach
    final void createStore() {
        fixture = Fixtures.single();
        store = fixture.create(databaseClock());
    }

    @AfterEach
    final void disposeStore() {
        peers.forEach(Store::close);
        if (store != null) {
            fixture.dispose(store);
        }
    }

    /** A second instance on the same database, closed after the test; empty when not shareable. */
    protected Optional<Store> peer() {
        Optional<Store> peer = fixture.openPeer(store);
        peer.ifPresent(peers::add);
        return peer;
    }

    /** {@link #T0} plus {@code seconds}. */
    public static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    protected JobStore jobs() {
        return store.jobs();
    }

    protected JobQueries queries() {
        return store.queries();
    }

    /** Inserts {@code batch} in one call at {@code now}. */
    protected List<InsertResult> insert(Instant now, NewJob... batch) {
        List<InsertResult> results = jobs().insert(InsertParams.of(List.of(batch), now));
        assertThat(results).as("one insert result per job").hasSize(batch.length);
        return results;
    }

    /** Inserts one job at {@code now} and returns its id. */
    protected long insertOne(Instant now, NewJob job) {
        return insert(now, job).get(0).id();
    }

    /** Inserts one job at {@link #T0} and returns its id. */
    protected long insertOne(NewJob job) {
        return insertOne(T0, job);
    }

    /** Claim parameters for {@code queues} with no type filter, {@link #LEASE} and {@link #WORKER}. */
    protected static ClaimParams claimParams(List<String> queues, int limit, Instant now) {
        return new ClaimParams(queues, null, null, limit, LEASE, WORKER, now);
    }

    /** Claims up to {@code limit} jobs of {@code queue}. */
    protected List<JobRecord> claim(String queue, int limit, Instant now) {
        return jobs().claim(claimParams(List.of(queue), limit, now));
    }

    /** Claims job {@code id}, which must be the only available job of its queue. */
    protected JobRecord claimOnly(long id, Instant now) {
        String queue = find(id).queue();
        List<JobRecord> claimed = claim(queue, 1, now);
        assertThat(claimed).as("claiming job %d from queue %s (the helper needs it to be the queue's"
                + " only available job)", id, queue).extracting(JobRecord::id).containsExactly(id);
        return claimed.get(0);
    }

    /** Inserts {@code job} and claims it, both at {@code now}. */
    protected JobRecord running(NewJob job, Instant now) {
        return claimOnly(insertOne(now, job), now);
    }

    /** Inserts {@code job} and claims it, both at {@link #T0}. */
    protected JobRecord running(NewJob job) {
        return running(job, T0);
    }

    /** The stored job, which must exist. */
    protected JobRecord find(long id) {
        return queries().find(id).orElseThrow(() -> new AssertionError("job " + id + " not found"));
    }

    /** Every stored job, newest first. */
    protected List<JobRecord> all() {
        return queries().list(new ListParams(JobFilter.ALL, null, 10_000));
    }

    /** Records {@code outcomes} in one call at {@code now}. */
    protected OutcomeResult record(Instant now, Outcome... outcomes) {
        return jobs().recordOutcomes(new OutcomeParams(List.of(outcomes), now));
    }

    /** The lease a claimed record holds. */
    protected static LeaseRef lease(JobRecord claimed) {
        return new LeaseRef(claimed.id(), claimed.attempt());
    }

    /** An error for the claimed attempt, recorded at {@code at}. */
    protected static JobError error(JobRecord claimed, String message, Instant at) {
        return new JobError(claimed.attempt(), at, message, "stack of " + message);
    }

    /**
     * Drives {@code job} into {@code state} through the SPI at {@code now} and returns its id:
     * scheduled one hour ahead, retryable due in one hour, finished states finished at {@code now}.
     * For states past {@code available} the job's queue must have no other available job.
     */
    protected long jobIn(JobState state, NewJob job, Instant now) {
        switch (state) {
            case SCHEDULED:
                return insertOne(now, job.withRunAt(now.plus(Duration.ofHours(1))));
            case AVAILABLE:
                return insertOne(now, job);
            case CANCELLED: {
                long id = insertOne(now, job);
                assertThat(queries().cancel(id, now)).isEqualTo(Change.applied(JobState.CANCELLED));
                return id;
            }
            default:
                break;
        }
        JobRecord r = running(job, now);
        Outcome outcome = switch (state) {
            case RUNNING -> null;
            case RETRYABLE -> new Outcome.Failed(lease(r), error(r, "boom", now), Duration.ofHours(1));
            case SUCCEEDED -> new Outcome.Succeeded(lease(r), null);
            case DEAD -> new Outcome.Failed(lease(r), error(r, "boom", now), null);
            default -> throw new IllegalArgumentException("cannot drive a job into " + state);
        };
        if (outcome != null) {
            assertThat(record(now, outcome).applied()).as("driving job %d to %s", r.id(), state).hasSize(1);
        }
        assertThat(find(r.id()).state()).isEqualTo(state);
        return r.id();
    }

    /** {@link #jobIn(JobState, NewJob, Instant)} at {@link #T0}. */
    protected long jobIn(JobState state, NewJob job) {
        return jobIn(state, job, T0);
    }
}
