package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.spi.JobRecord;
import dev.docket.spi.Notifier;
import dev.docket.spi.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Notifier}: publish and subscribe, and the notifications the store itself sends (inserts
 * wake the queue's workers; cancels of running jobs and pauses go out on {@code control}).
 * Skipped for stores whose notifier is {@link Notifier#NONE}.
 */
class NotifierContractTest extends StoreTestSupport {

    private final NotificationRecorder recorder = new NotificationRecorder();

    @BeforeEach
    void subscribe() {
        Assumptions.assumeTrue(store.notifier() != Notifier.NONE, "the store sends no notifications");
        store.notifier().subscribe(recorder);
    }

    @Test
    void publishReachesSubscribersOfThisProcess() {
        store.notifier().publish("tck", "hello");

        recorder.await("tck", "hello");
    }

    @Test
    void closingASubscriptionStopsDelivery() throws Exception {
        NotificationRecorder closed = new NotificationRecorder();
        AutoCloseable handle = store.notifier().subscribe(closed);
        NotificationRecorder open = new NotificationRecorder();
        store.notifier().subscribe(open);
        store.notifier().publish("tck", "before");
        closed.await("tck", "before");

        handle.close();
        store.notifier().publish("tck", "after");

        open.await("tck", "after");
        assertThat(closed.has("tck", "after")).isFalse();
    }

    @Test
    void insertWakesTheQueuesWorkers() {
        insertOne(job("emails"));

        recorder.await(Notifier.JOBS_AVAILABLE, "emails");
    }

    @Test
    void cancelOfARunningJobTellsItsHolder() {
        JobRecord c = running(job("q"));

        queries().cancel(c.id(), at(1));

        recorder.await(Notifier.CONTROL, "cancel:" + c.id());
    }

    @Test
    void pauseAndResumeAreAnnounced() {
        store.queues().setPaused("q", true, T0);
        recorder.await(Notifier.CONTROL, "pause:q");

        store.queues().setPaused("q", false, at(1));
        recorder.await(Notifier.CONTROL, "resume:q");
    }

    @Test
    void anotherProcessHearsPublishedNotifications() {
        Assumptions.assumeTrue(store.info().notifications(), "notifications stay in the store instance");
        Store other = peer().orElse(null);
        Assumptions.assumeTrue(other != null, "the store cannot be opened twice");
        NotificationRecorder remote = new NotificationRecorder();
        other.notifier().subscribe(remote);

        Await.until("the other process listens", () -> {
            store.notifier().publish("tck", "ping");
            return remote.has("tck", "ping");
        });
        insertOne(job("remote-queue"));

        remote.await(Notifier.JOBS_AVAILABLE, "remote-queue");
    }
}
