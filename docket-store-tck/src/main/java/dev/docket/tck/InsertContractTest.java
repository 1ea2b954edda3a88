package dev.docket.tck;

import static dev.docket.tck.Jobs.assertSameJson;
import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.JobState;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.NewJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code insert}: initial state from runAt or delay, every field kept, ids, batches. */
class InsertContractTest extends StoreTestSupport {

    @Test
    void jobWithoutRunAtOrDelayIsAvailableAndDueNow() {
        InsertResult result = insert(T0, job("q")).get(0);

        assertThat(result.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(result.duplicate()).isFalse();
        JobRecord r = find(result.id());
        assertThat(r.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(r.runAt()).isEqualTo(T0);
        assertThat(r.createdAt()).isEqualTo(T0);
    }

    @Test
    void everyFieldIsStoredAndFreshJobHasNoRunHistory() {
        NewJob j = new NewJob("mail.send", "mail", 3, "{\"to\":\"a@example.com\",\"n\":[1,2],\"s\":\"Zoë ✓\"}",
                Map.of("trace", "abc", "tenant", "t1"), 7, "k-1", null, null, 30_000L, 500L, 60_000L);
        long id = insertOne(j);

        JobRecord r = find(id);
        assertThat(r.id()).isEqualTo(id);
        assertThat(r.type()).isEqualTo("mail.send");
        assertThat(r.queue()).isEqualTo("mail");
        assertThat(r.priority()).isEqualTo(3);
        assertSameJson(r.argsJson(), j.argsJson());
        assertThat(r.meta()).isEqualTo(Map.of("trace", "abc", "tenant", "t1"));
        assertThat(r.maxAttempts()).isEqualTo(7);
        assertThat(r.uniqueKey()).isEqualTo("k-1");
        assertThat(r.timeoutMs()).isEqualTo(30_000L);
        assertThat(r.backoffInitialMs()).isEqualTo(500L);
        assertThat(r.backoffMaxMs()).isEqualTo(60_000L);
        assertThat(r.attempt()).isZero();
        assertThat(r.lostCount()).isZero();
        assertThat(r.cancelRequested()).isFalse();
        assertThat(r.attemptedAt()).isNull();
        assertThat(r.finishedAt()).isNull();
        assertThat(r.leaseExpiresAt()).isNull();
        assertThat(r.worker()).isNull();
        assertThat(r.resultJson()).isNull();
        assertThat(r.progressJson()).isNull();
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        JobRecord r = find(insertOne(job("q")));

        assertThat(r.uniqueKey()).isNull();
        assertThat(r.timeoutMs()).isNull();
        assertThat(r.backoffInitialMs()).isNull();
        assertThat(r.backoffMaxMs()).isNull();
        assertThat(r.meta()).isEmpty();
    }

    @Test
    void futureRunAtIsScheduledAtExactlyThatInstant() {
        InsertResult result = insert(T0, job("q").withRunAt(at(90).plusMillis(250))).get(0);

        assertThat(result.state()).isEqualTo(JobState.SCHEDULED);
        assertThat(find(result.id()).runAt()).isEqualTo(at(90).plusMillis(250));
        assertThat(find(result.id()).state()).isEqualTo(JobState.SCHEDULED);
    }

    @Test
    void pastRunAtIsAvailableAndKeepsTheGivenRunAt() {
        InsertResult result = insert(T0, job("q").withRunAt(at(-3600))).get(0);

        assertThat(result.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(result.id()).runAt()).isEqualTo(at(-3600));
    }

    @Test
    void runAtEqualToNowIsAvailable() {
        assertThat(insert(T0, job("q").withRunAt(T0)).get(0).state()).isEqualTo(JobState.AVAILABLE);
    }

    @Test
    void delayMakesItScheduledAtNowPlusDelay() {
        InsertResult result = insert(at(10), job("q").withDelay(Duration.ofMinutes(5))).get(0);

        assertThat(result.state()).isEqualTo(JobState.SCHEDULED);
        JobRecord r = find(result.id());
        assertThat(r.runAt()).isEqualTo(at(10 + 300));
        assertThat(r.createdAt()).isEqualTo(at(10));
    }

    @Test
    void zeroDelayIsAvailableNow() {
        InsertResult result = insert(at(10), job("q").withDelay(Duration.ZERO)).get(0);

        assertThat(result.state()).isEqualTo(JobState.AVAILABLE);
        assertThat(find(result.id()).runAt()).isEqualTo(at(10));
    }

    @Test
    void batchResultsComeInOrderWithIncreasingIds() {
        List<InsertResult> first = insert(T0, job("a"), job("b").withRunAt(at(60)), job("a"), job("c"));

        assertThat(first).extracting(InsertResult::state).containsExactly(
                JobState.AVAILABLE, JobState.SCHEDULED, JobState.AVAILABLE, JobState.AVAILABLE);
        assertThat(first).extracting(InsertResult::id).isSorted().doesNotHaveDuplicates();
        assertThat(first).extracting(r -> find(r.id()).queue()).containsExactly("a", "b", "a", "c");

        long later = insertOne(at(1), job("a"));
        assertThat(later).isGreaterThan(first.get(3).id());
    }

    @Test
    void priorityOutsideZeroToNineRefusesTheWholeBatch() {
        InsertParams params = InsertParams.of(List.of(job("q"), job("q").withPriority(10)), T0);

        assertThatThrownBy(() -> jobs().insert(params))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority");
        assertThat(all()).isEmpty();
    }

    @Test
    void maxAttemptsBelowOneRefusesTheWholeBatch() {
        InsertParams params = InsertParams.of(List.of(job("q"), job("q").withMaxAttempts(0)), T0);

        assertThatThrownBy(() -> jobs().insert(params))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThat(all()).isEmpty();
    }
}
