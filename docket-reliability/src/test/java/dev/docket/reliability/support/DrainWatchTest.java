package dev.docket.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The store is asked once the ledgers cover the load, or at most once a second while they do not. */
class DrainWatchTest {
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong unfinished = new AtomicLong();
    private final AtomicLong clock = new AtomicLong(5_000_000_000L);
    private final AtomicInteger storeAsked = new AtomicInteger();
    private final DrainWatch watch = new DrainWatch(finished::get, acked::get, recorded::get, () -> {
        storeAsked.incrementAndGet();
        return unfinished.get();
    }, clock::get);

    @Test
    void nothingIsAskedWhileTheLoadIsStillEnqueuing() {
        acked.set(100);
        recorded.set(100);
        assertThat(watch.done()).isFalse();
        assertThat(storeAsked).hasValue(0);
    }

    @Test
    void onceTheLedgersCoverEveryJobTheStoreConfirms() {
        finished.set(true);
        acked.set(100);
        recorded.set(100);
        unfinished.set(2);
        assertThat(watch.done()).as("a rescued job is still running").isFalse();
        unfinished.set(0);
        assertThat(watch.done()).isTrue();
        assertThat(storeAsked).hasValue(2);
    }

    @Test
    void whileTheLedgersFallShortTheStoreIsAskedOnceASecond() {
        finished.set(true);
        acked.set(100);
        recorded.set(97); // three outcomes written by workers killed before their ledger lines
        unfinished.set(1);
        assertThat(watch.done()).isFalse();
        clock.addAndGet(400_000_000L);
        assertThat(watch.done()).isFalse();
        unfinished.set(0);
        clock.addAndGet(400_000_000L);
        assertThat(watch.done()).as("0.8 s after the last ask").isFalse();
        assertThat(storeAsked).hasValue(1);
        clock.addAndGet(200_000_000L);
        assertThat(watch.done()).isTrue();
        assertThat(storeAsked).hasValue(2);
    }
}
