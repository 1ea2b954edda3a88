package dev.docket.spi;

/**
 * A place jobs live: one database (or memory) shared by every Docket process that uses it.
 * A store is split into facets, one per concern; each is thread-safe.
 */
public interface Store extends AutoCloseable {
    /** What this store is and can do. */
    StoreInfo info();

    /** Creates or upgrades the schema; idempotent and safe to run from many processes at once. */
    void migrate();

    /** The job lifecycle verbs the runtime uses. */
    JobStore jobs();

    /** Reads and operator actions for the admin model. */
    JobQueries queries();

    /** Cluster-wide queue state (paused or not). */
    QueueStore queues();

    /** The registry of live Docket processes. */
    ProcessStore processes();

    /** Leases on named leaderships (maintenance, schedules). */
    LeaderStore leaders();

    /** Durable schedules and their once-per-tick firing. */
    ScheduleStore schedules();

    /** Cross-process notifications, or {@link Notifier#NONE}. */
    Notifier notifier();

    /**
     * Checks that the store answers.
     *
     * @throws dev.docket.StoreException when it does not
     */
    void ping();

    /** Releases connections and threads. Idempotent. */
    @Override
    void close();
}
