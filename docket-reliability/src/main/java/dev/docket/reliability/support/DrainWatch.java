package dev.docket.reliability.support;

import dev.docket.spi.Store;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Tells when every acknowledged job of a load has finished, without scanning the job table every
 * few milliseconds while a drain is timed: the workers' ledgers count recorded outcomes for free,
 * and the store is asked only once they cover every acknowledged job, or at most once per
 * {@link #STORE_EVERY_NANOS} otherwise. A worker killed between its outcome's write and the ledger
 * line leaves a finished job with no line, so the ledger alone may never get there.
 */
public final class DrainWatch {
    /** How often the store is asked while the ledgers fall short. */
    static final long STORE_EVERY_NANOS = 1_000_000_000L;

    private final BooleanSupplier loadFinished;
    private final LongSupplier acked;
    private final LongSupplier recorded;
    private final LongSupplier unfinishedInStore;
    private final LongSupplier nanoTime;
    private long storeAskedAt;
    private boolean asked;

    /** Watches {@code load}'s jobs through the outcome lines of the ledgers in {@code recorded} and {@code store}. */
    public DrainWatch(Load load, LedgerTail recorded, Store store) {
        this(load::finished, load::acked, recorded::count, () -> Progress.unfinished(store), System::nanoTime);
    }

    DrainWatch(BooleanSupplier loadFinished, LongSupplier acked, LongSupplier recorded, LongSupplier unfinishedInStore,
               LongSupplier nanoTime) {
        this.loadFinished = loadFinished;
        this.acked = acked;
        this.recorded = recorded;
        this.unfinishedInStore = unfinishedInStore;
        this.nanoTime = nanoTime;
    }

    /** Whether the load is done and the store holds no unfinished job. */
    public boolean done() {
        if (!loadFinished.getAsBoolean()) {
            return false;
        }
        long now = nanoTime.getAsLong();
        boolean ledgersCoverAll = recorded.getAsLong() >= acked.getAsLong();
        if (!ledgersCoverAll && asked && now - storeAskedAt < STORE_EVERY_NANOS) {
            return false;
        }
        asked = true;
        storeAskedAt = now;
        return unfinishedInStore.getAsLong() == 0;
    }
}
