package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.Change;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaderParams;
import dev.docket.spi.Leadership;
import dev.docket.spi.Outcome;
import dev.docket.spi.ProcessRecord;
import dev.docket.spi.PruneParams;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RenewedLease;
import dev.docket.spi.RescueParams;
import dev.docket.spi.StageParams;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A store on its database's clock ignores the callers' {@code now} for everything it computes, so
 * processes with skewed clocks agree. Each case passes a {@code now} ten years off and checks the
 * store used the real time instead. Skipped unless the store says {@code databaseClock}.
 */
class DatabaseClockContractTest extends StoreTestSupport {

    private static final Duration TEN_YEARS = Duration.ofDays(3653);
    /** How far the database's clock may be from this JVM's (same host or a nearby server). */
    private static final Duration SKEW = Duration.ofSeconds(30);

    @Override
    protected boolean databaseClock() {
        return true;
    }

    @BeforeEach
    void requireDatabaseClock() {
        Assumptions.assumeTrue(store.info().databaseClock(), "the store has no database clock");
    }

    private static Instant future() {
        return Instant.now().plus(TEN_YEARS).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant past() {
        return Instant.now().minus(TEN_YEARS).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Asserts that {@code actual} is the real time plus {@code offset}, within {@link #SKEW}. */
    private static void assertRealTime(Instant actual, Duration offset) {
        Instant expected = Instant.now().plus(offset);
        assertThat(actual).as("a time on the database clock").isNotNull()
                .isBetween(expected.minus(SKEW), expected.plus(SKEW));
    }

    @Test
    void insertUsesTheDatabaseNowForCreatedAtAndDelay() {
        long id = insertOne(future(), job("q").withDelay(Duration.ofHours(1)));

        JobRecord r = find(id);
        assertThat(r.state()).isEqualTo(JobState.SCHEDULED);
        assertRealTime(r.createdAt(), Duration.ZERO);
        assertRealTime(r.runAt(), Duration.ofHours(1));
        assertThat(jobs().stageDue(new StageParams(100, future())).count()).isZero();
        assertThat(find(id).state()).isEqualTo(JobState.SCHEDULED);
    }

    @Test
    void givenRunAtIsStillUsedAsGiven() {
        Instant soon = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

        long id = insertOne(future(), job("q").withRunAt(soon));

        assertThat(find(id).state()).isEqualTo(JobState.SCHEDULED);
        assertThat(find(id).runAt()).isEqualTo(soon);
    }

    @Test
    void jobInsertedWithAStaleNowIsDueNow() {
        long id = insertOne(past(), job("q"));

        assertThat(find(id).state()).isEqualTo(JobState.AVAILABLE);
        assertRealTime(find(id).runAt(), Duration.ZERO);
    }

    @Test
    void claimAndRenewLeaseOnTheDatabaseClock() {
        long id = insertOne(past(), job("q"));

        JobRecord c = claim("q", 1, past()).get(0);

        assertRealTime(c.attemptedAt(), Duration.ZERO);
        assertRealTime(c.leaseExpiresAt(), LEASE);
        assertThat(jobs().rescueExpired(new RescueParams(3, 10, future()))).isEmpty();
        List<RenewedLease> renewed = jobs().renewLeases(new RenewParams(List.of(lease(c)), Duration.ofMinutes(20),
                null, past()));
        assertRealTime(renewed.get(0).expiresAt(), Duration.ofMinutes(20));
        assertRealTime(find(id).leaseExpiresAt(), Duration.ofMinutes(20));
    }

    @Test
    void outcomesUseTheDatabaseClock() {
        JobRecord a = running(job("a"), past());
        JobRecord b = running(job("b"), past());

        record(future(), new Outcome.Succeeded(lease(a), null),
                new Outcome.Failed(lease(b), error(b, "x", future()), Duration.ofHours(1)));

        assertRealTime(find(a.id()).finishedAt(), Duration.ZERO);
        assertRealTime(find(b.id()).runAt(), Duration.ofHours(1));
        assertRealTime(find(b.id()).errors().get(0).at(), Duration.ZERO);
        assertThat(jobs().stageDue(new StageParams(10, future())).count()).isZero();
        assertThat(jobs().prune(new PruneParams(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), 10,
                future()))).isZero();
    }

    @Test
    void operatorActionsUseTheDatabaseClock() {
        long cancelled = insertOne(future(), job("a"));
        long retried = jobIn(JobState.DEAD, job("b"), future());

        assertThat(queries().cancel(cancelled, past())).isEqualTo(Change.applied(JobState.CANCELLED));
        queries().retry(retried, future());

        assertRealTime(find(cancelled).finishedAt(), Duration.ZERO);
        assertRealTime(find(retried).runAt(), Duration.ZERO);
    }

    @Test
    void readsMeasureAgainstTheDatabaseClock() {
        insertOne(past(), job("q"));
        jobIn(JobState.SUCCEEDED, job("done"), past());

        assertThat(queries().queueLatency(future()).get("q")).isLessThan(Duration.ofMinutes(1));
        assertThat(queries().finishedPerMinute(Duration.ofHours(1), past())).hasSize(1);
    }

    @Test
    void leadershipsUseTheDatabaseClock() {
        Leadership a = store.leaders().acquire(new LeaderParams("m", "a", Duration.ofMinutes(1), past()))
                .orElseThrow();

        assertRealTime(a.expiresAt(), Duration.ofMinutes(1));
        assertThat(store.leaders().acquire(new LeaderParams("m", "b", Duration.ofMinutes(1), future()))).isEmpty();
        assertThat(store.leaders().current("m", future()).map(Leadership::holder)).contains("a");
    }

    @Test
    void heartbeatsUseTheDatabaseClock() {
        store.processes().heartbeat(new ProcessRecord("p", "p", "h", 1, past(), null, Map.of(), 0, "1"),
                past());

        assertRealTime(store.processes().list().get(0).heartbeatAt(), Duration.ZERO);
        assertThat(store.processes().reap(Duration.ofHours(1), future())).isZero();
    }
}
