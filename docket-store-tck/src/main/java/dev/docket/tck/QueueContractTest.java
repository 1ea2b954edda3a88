package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.JobRecord;
import dev.docket.spi.QueueRecord;
import dev.docket.spi.Store;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code QueueStore}: pausing is stored with the queue and blocks claims in every process. */
class QueueContractTest extends StoreTestSupport {

    @Test
    void pausedQueueHandsOutNothingUntilResumed() {
        long id = insertOne(job("q"));
        store.queues().setPaused("q", true, at(1));

        assertThat(claim("q", 10, at(2))).isEmpty();
        assertThat(find(id).state()).isEqualTo(JobState.AVAILABLE);

        store.queues().setPaused("q", false, at(3));
        assertThat(claim("q", 10, at(4))).extracting(JobRecord::id).containsExactly(id);
    }

    @Test
    void pauseOfOneQueueLeavesTheOthersClaimable() {
        insertOne(job("paused").withPriority(0));
        long open = insertOne(job("open").withPriority(9));
        store.queues().setPaused("paused", true, T0);

        assertThat(jobs().claim(claimParams(List.of("paused", "open"), 10, T0)))
                .extracting(JobRecord::id).containsExactly(open);
    }

    @Test
    void queueCanBePausedBeforeItHasJobs() {
        store.queues().setPaused("later", true, T0);
        insertOne(job("later"));

        assertThat(claim("later", 10, T0)).isEmpty();
    }

    @Test
    void setPausedUpsertsOneRowPerQueue() {
        store.queues().setPaused("a", true, at(1));
        store.queues().setPaused("b", false, at(2));
        store.queues().setPaused("a", false, at(3));
        store.queues().setPaused("a", true, at(4));

        assertThat(store.queues().list()).containsExactlyInAnyOrder(
                new QueueRecord("a", true, at(4)),
                new QueueRecord("b", false, at(2)));
    }

    @Test
    void freshStoreKnowsNoQueues() {
        insertOne(job("q"));

        assertThat(store.queues().list()).isEmpty();
    }

    @Test
    void pauseIsSeenByAnotherProcessSharingTheStore() {
        Store other = peer().orElse(null);
        Assumptions.assumeTrue(other != null, "the store cannot be opened twice");
        insertOne(job("q"));

        other.queues().setPaused("q", true, T0);

        assertThat(claim("q", 10, T0)).isEmpty();
        assertThat(store.queues().list()).containsExactly(new QueueRecord("q", true, T0));
        other.queues().setPaused("q", false, at(1));
        assertThat(claim("q", 10, at(1))).hasSize(1);
    }
}
