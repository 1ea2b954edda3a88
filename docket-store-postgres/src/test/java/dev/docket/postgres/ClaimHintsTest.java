package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When a claim may start past the last job handed out, and what takes that hint away. */
class ClaimHintsTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final ClaimHints hints = new ClaimHints(nanos::get);
    private final ClaimHints.Key key = ClaimHints.key(new ClaimParams(List.of("q"), null, null, 2,
            Duration.ofSeconds(30), "w", T0));

    private static List<JobRecord> jobs(int priority, long... ids) {
        List<JobRecord> out = new ArrayList<>();
        for (long id : ids) {
            out.add(JobRecord.builder().id(id).type("t").queue("q").priority(priority).state(JobState.RUNNING)
                    .argsJson("{}").maxAttempts(3).createdAt(T0).runAt(T0.plusMillis(id)).build());
        }
        return out;
    }

    @Test
    void aFullBatchLeavesAHintAtItsLastJob() {
        hints.claimed(key, hints.generation(), jobs(0, 1, 2), 2, true, null);

        ClaimHints.Hint hint = hints.usable(key);
        assertThat(hint.exact()).isTrue();
        assertThat(hint.id()).isEqualTo(2);
        assertThat(hint.runAt()).isEqualTo(T0.plusMillis(2));
        assertThat(hint.priority()).isZero();
    }

    @Test
    void aShortBatchLeavesAHintAMarginBeforeItsLatestRunTimeAtPriorityZero() {
        hints.claimed(key, hints.generation(), jobs(5, 1, 2), 2, true, null);
        hints.claimed(key, hints.generation(), jobs(5, 3), 2, false, hints.usable(key));

        ClaimHints.Hint hint = hints.usable(key);
        assertThat(hint.exact()).isFalse();
        assertThat(hint.priority()).isZero();
        assertThat(hint.runAt()).isEqualTo(T0.plusMillis(3).minusMillis(ClaimHints.MARGIN_MS));
        assertThat(hint.id()).isZero();
    }

    @Test
    void anEmptyClaimKeepsTheHintAndOneFromTheHeadRenewsIt() {
        hints.claimed(key, hints.generation(), jobs(0, 1, 2), 2, true, null);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ClaimHints.FULL_EVERY_MS - 1));
        hints.claimed(key, hints.generation(), List.of(), 2, false, hints.usable(key));
        assertThat(hints.usable(key).id()).isEqualTo(2);

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(hints.usable(key)).isNull();
        hints.claimed(key, hints.generation(), List.of(), 2, true, null);

        assertThat(hints.usable(key).id()).as("renewed by the claim from the head").isEqualTo(2);
    }

    @Test
    void aHintLastsAtMostFullEverySinceTheLastClaimFromTheHead() {
        hints.claimed(key, hints.generation(), jobs(0, 1, 2), 2, true, null);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(ClaimHints.FULL_EVERY_MS - 1));
        ClaimHints.Hint hint = hints.usable(key);
        hints.claimed(key, hints.generation(), jobs(0, 3, 4), 2, false, hint);
        assertThat(hints.usable(key).id()).isEqualTo(4);

        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));

        assertThat(hints.usable(key)).as("claims from a hint do not extend it").isNull();
    }

    @Test
    void jobsMadeAvailableOutOfOrderDropTheirQueuesHints() {
        hints.claimed(key, hints.generation(), jobs(0, 1, 2), 2, true, null);
        hints.forget(List.of("other"));
        assertThat(hints.usable(key)).isNotNull();

        hints.forget(List.of("q"));

        assertThat(hints.usable(key)).isNull();
    }

    @Test
    void aClaimThatRanWhileHintsWereDroppedLeavesNone() {
        long before = hints.generation();
        hints.forget(List.of("q"));

        hints.claimed(key, before, jobs(0, 1, 2), 2, true, null);

        assertThat(hints.usable(key)).isNull();
    }

    @Test
    void insertsDropAHintOnlyWhenTheyMayLieBehindIt() {
        hints.claimed(key, hints.generation(), jobs(5, 1, 2), 2, true, null);

        hints.inserted("q", 5, false);
        hints.inserted("q", 7, false);
        hints.inserted("other", 0, true);
        assertThat(hints.usable(key)).as("plain inserts run after the backlog").isNotNull();

        hints.inserted("q", 4, false);
        assertThat(hints.usable(key)).as("a higher priority").isNull();

        hints.claimed(key, hints.generation(), jobs(5, 1, 2), 2, true, null);
        hints.inserted("q", 9, true);
        assertThat(hints.usable(key)).as("a given run time").isNull();
    }
}
