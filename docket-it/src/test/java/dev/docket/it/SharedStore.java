package dev.docket.it;

import dev.docket.spi.JobQueries;
import dev.docket.spi.JobStore;
import dev.docket.spi.LeaderStore;
import dev.docket.spi.Notifier;
import dev.docket.spi.ProcessStore;
import dev.docket.spi.QueueStore;
import dev.docket.spi.ScheduleStore;
import dev.docket.spi.Store;
import dev.docket.spi.StoreInfo;

/** One store instance handed to several Dockets in a test (as processes sharing a database); closing it is the test's job. */
public final class SharedStore implements Store {
    private final Store store;

    public SharedStore(Store store) {
        this.store = store;
    }

    @Override
    public StoreInfo info() {
        return store.info();
    }

    @Override
    public void migrate() {
        store.migrate();
    }

    @Override
    public JobStore jobs() {
        return store.jobs();
    }

    @Override
    public JobQueries queries() {
        return store.queries();
    }

    @Override
    public QueueStore queues() {
        return store.queues();
    }

    @Override
    public ProcessStore processes() {
        return store.processes();
    }

    @Override
    public LeaderStore leaders() {
        return store.leaders();
    }

    @Override
    public ScheduleStore schedules() {
        return store.schedules();
    }

    @Override
    public Notifier notifier() {
        return store.notifier();
    }

    @Override
    public void ping() {
        store.ping();
    }

    @Override
    public void close() {
        // owned by the test
    }
}
