package dev.docket.postgres;

import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Configures a {@link PostgresStore}: the data source (required), the schema ({@code public} by
 * default), whether to use the database's clock (default), whether {@link #build()} migrates
 * the schema (default), whether the job table is vacuumed when autovacuum leaves it behind
 * (default) and how often a queue's wake-up notifications may go out.
 */
public final class PostgresStoreBuilder {
    /** The longest {@link #notifyWindow} allowed, in milliseconds. */
    static final int MAX_NOTIFY_WINDOW_MS = 1_000;

    DataSource dataSource;
    String schema = "public";
    boolean databaseClock = true;
    boolean migrate = true;
    boolean vacuum = true;
    Duration notifyWindow = Wakeups.DEFAULT_WINDOW;
    String description;
    AutoCloseable ownedPool;
    ListenConnections listenConnections;

    PostgresStoreBuilder() {
    }

    /** Where connections come from; the store never closes it. */
    public PostgresStoreBuilder dataSource(DataSource value) {
        this.dataSource = Objects.requireNonNull(value, "dataSource");
        return this;
    }

    /**
     * The schema for Docket's tables, created by the migration if missing. Letters, digits and _;
     * folded to lower case as PostgreSQL folds unquoted names.
     */
    public PostgresStoreBuilder schema(String value) {
        this.schema = PgContext.normalizeSchema(value);
        return this;
    }

    /**
     * Whether leases, due times and timestamps use the database's clock ({@code true}, the default)
     * or the {@code now} each call carries (for tests driving a manual clock).
     */
    public PostgresStoreBuilder databaseClock(boolean value) {
        this.databaseClock = value;
        return this;
    }

    /**
     * Whether {@link #build()} creates or upgrades the schema ({@code true}, the default). Turn it
     * off when the schema is managed with {@link PostgresStore#schemaScript(String)}.
     */
    public PostgresStoreBuilder migrate(boolean value) {
        this.migrate = value;
        return this;
    }

    /**
     * Whether the maintenance leader vacuums the job table itself when its dead rows pile up and
     * no vacuum ran in the last second ({@code true}, the default), resting after each of its own
     * vacuums four times as long as it took: the table churns too fast for autovacuum's usual pace,
     * and without vacuum it and its indexes grow and every statement slows down. Turn it off when
     * the table's vacuuming is managed otherwise. Either way, no vacuum cuts empty pages off the end
     * of the table: the schema turns that off ({@code vacuum_truncate = false}), because it takes a
     * lock that stalls all work on the table, and a busy queue soon needs the pages again.
     */
    public PostgresStoreBuilder vacuum(boolean value) {
        this.vacuum = value;
        return this;
    }

    /**
     * The shortest time between two of this store's notifications that jobs are available on a
     * queue (2 ms by default; 0 to 1 s). An insert of jobs that can run at once notifies their
     * queues' workers over LISTEN/NOTIFY unless its queue was notified less than this long ago,
     * that notification has not committed yet, or less time has passed since it did than it took;
     * the jobs it held back get one notification once the queue may notify again. A notifying
     * transaction holds a database-wide lock through its commit, so notifying transactions commit
     * one at a time: a longer window sends fewer of them (one process feeding a queue nonstop sends
     * up to 1 s / window a second) at the cost of later wake-ups for the jobs held back, and when
     * many processes notify at once their notifying calls slow down and each sends fewer by
     * itself. Workers find jobs by polling as well, so a lost notification only delays them.
     *
     * @throws IllegalArgumentException outside 0 to 1 s
     */
    public PostgresStoreBuilder notifyWindow(Duration value) {
        Objects.requireNonNull(value, "notifyWindow");
        if (value.isNegative() || value.toMillis() > MAX_NOTIFY_WINDOW_MS) {
            throw new IllegalArgumentException("invalid notifyWindow " + value + ": use 0 to 1 s");
        }
        this.notifyWindow = value;
        return this;
    }

    /** How {@link dev.docket.spi.StoreInfo#description()} describes the store (no passwords). */
    PostgresStoreBuilder description(String value) {
        this.description = value;
        return this;
    }

    /** A pool the store built itself and closes with it. */
    PostgresStoreBuilder ownedPool(AutoCloseable value) {
        this.ownedPool = value;
        return this;
    }

    /** Where the notifier opens its LISTEN connection, instead of deriving it from the data source. */
    PostgresStoreBuilder listenConnections(ListenConnections value) {
        this.listenConnections = value;
        return this;
    }

    /**
     * Builds the store, migrating its schema unless told not to.
     *
     * @throws IllegalStateException when no data source was given
     * @throws dev.docket.StoreException when the migration fails
     */
    public PostgresStore build() {
        if (dataSource == null) {
            throw new IllegalStateException("PostgresStore needs a dataSource(...)");
        }
        PostgresStore store = new PostgresStore(this);
        if (migrate) {
            try {
                store.migrate();
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }
}
