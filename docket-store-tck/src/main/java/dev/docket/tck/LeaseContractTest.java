package dev.docket.tck;

import static dev.docket.tck.Jobs.assertSameJson;
import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import dev.docket.spi.LeaseRef;
import dev.docket.spi.Outcome;
import dev.docket.spi.ReleaseParams;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RenewedLease;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code renewLeases} and {@code release}: both apply only to leases still held. */
class LeaseContractTest extends StoreTestSupport {

    private List<RenewedLease> renew(Instant now, Map<Long, String> progress, LeaseRef... leases) {
        return jobs().renewLeases(new RenewParams(List.of(leases), Duration.ofMinutes(2), progress, now));
    }

    private int release(Instant now, LeaseRef... leases) {
        return jobs().release(new ReleaseParams(List.of(leases), now));
    }

    @Test
    void renewExtendsTheLeaseFromNow() {
        JobRecord c = running(job("q"));

        List<RenewedLease> renewed = renew(at(60), Map.of(), lease(c));

        assertThat(renewed).containsExactly(new RenewedLease(lease(c), at(180), false));
        assertThat(find(c.id()).leaseExpiresAt()).isEqualTo(at(180));
        assertThat(find(c.id()).state()).isEqualTo(JobState.RUNNING);
        assertThat(find(c.id()).attempt()).isEqualTo(1);
    }

    @Test
    void renewStoresProgressOnlyForTheJobsGiven() {
        JobRecord a = running(job("a"));
        JobRecord b = running(job("b"));
        renew(at(1), Map.of(a.id(), "{\"done\":1}"), lease(a), lease(b));

        renew(at(2), Map.of(b.id(), "{\"done\":9}"), lease(a), lease(b));

        assertSameJson(find(a.id()).progressJson(), "{\"done\":1}");
        assertSameJson(find(b.id()).progressJson(), "{\"done\":9}");
    }

    @Test
    void renewReportsARequestedCancel() {
        JobRecord c = running(job("q"));
        queries().cancel(c.id(), at(1));

        assertThat(renew(at(2), Map.of(), lease(c)))
                .containsExactly(new RenewedLease(lease(c), at(122), true));
    }

    @Test
    void leasesNotHeldAreMissingAndUntouched() {
        JobRecord held = running(job("held"));
        JobRecord finished = running(job("finished"));
        record(at(1), new Outcome.Succeeded(lease(finished), null));
        JobRecord reclaimed = running(job("again"));
        release(at(1), lease(reclaimed));
        JobRecord newer = claim("again", 1, at(2)).get(0);
        LeaseRef stale = lease(reclaimed);
        LeaseRef missing = new LeaseRef(987_654, 1);

        List<RenewedLease> renewed = renew(at(3),
                Map.of(finished.id(), "{\"p\":1}", reclaimed.id(), "{\"p\":2}", missing.id(), "{\"p\":3}"),
                lease(held), lease(finished), stale, missing);

        assertThat(renewed).extracting(RenewedLease::lease).containsExactly(lease(held));
        assertThat(find(finished.id()).progressJson()).isNull();
        assertThat(find(newer.id()).progressJson()).isNull();
        assertThat(find(newer.id()).leaseExpiresAt()).isEqualTo(at(2).plus(LEASE));
        assertThat(find(finished.id()).leaseExpiresAt()).isNull();
    }

    @Test
    void releaseHandsTheJobBackUnchangedButForTheLease() {
        JobRecord c = running(job("q").withRunAt(at(-30)));

        assertThat(release(at(9), lease(c))).isEqualTo(1);

        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(r.runAt()).isEqualTo(at(-30));
        assertThat(r.attempt()).isEqualTo(1);
        assertThat(r.lostCount()).isZero();
        assertThat(r.leaseExpiresAt()).isNull();
        assertThat(r.worker()).isNull();
        assertThat(r.finishedAt()).isNull();
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void releasedJobIsClaimedAgainWithTheNextAttempt() {
        JobRecord c = running(job("q"));
        release(at(1), lease(c));

        JobRecord again = claim("q", 1, at(2)).get(0);

        assertThat(again.id()).isEqualTo(c.id());
        assertThat(again.attempt()).isEqualTo(2);
        assertThat(record(at(3), new Outcome.Succeeded(lease(c), null)).rejected()).hasSize(1);
    }

    @Test
    void releaseOfACancelRequestedJobCancelsIt() {
        JobRecord c = running(job("q"));
        queries().cancel(c.id(), at(1));

        assertThat(release(at(5), lease(c))).isEqualTo(1);

        JobRecord r = find(c.id());
        assertThat(r.state()).isEqualTo(JobState.CANCELLED);
        assertThat(r.finishedAt()).isEqualTo(at(5));
        assertThat(r.cancelRequested()).isFalse();
        assertThat(r.leaseExpiresAt()).isNull();
        assertThat(r.worker()).isNull();
    }

    @Test
    void releaseIgnoresLeasesNotHeld() {
        JobRecord held = running(job("held"));
        JobRecord finished = running(job("finished"));
        record(at(1), new Outcome.Succeeded(lease(finished), null));
        JobRecord reclaimed = running(job("again"));
        release(at(1), lease(reclaimed));
        JobRecord newer = claim("again", 1, at(2)).get(0);

        int count = release(at(3), lease(held), lease(finished), lease(reclaimed), new LeaseRef(987_654, 1));

        assertThat(count).isEqualTo(1);
        assertThat(find(held.id()).state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(finished.id()).state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(find(newer.id()).state()).isEqualTo(JobState.RUNNING);
        assertThat(find(newer.id()).attempt()).isEqualTo(2);
    }

    @Test
    void releasingNothingReturnsZero() {
        assertThat(release(T0)).isZero();
    }
}
