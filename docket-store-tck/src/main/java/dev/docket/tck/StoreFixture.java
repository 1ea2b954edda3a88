package dev.docket.tck;

import dev.docket.spi.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * How the conformance suite gets stores. A store module registers one implementation in its test
 * resources under {@code META-INF/services/dev.docket.tck.StoreFixture} and lists
 * {@code dev.docket:docket-store-tck} in Surefire's {@code dependenciesToScan}; the suite's test
 * classes then run against that store.
 */
public interface StoreFixture {
    /** A short name for test reports, e.g. {@code postgres}. */
    String name();

    /**
     * A fresh, empty, migrated store, isolated from every other (its own schema, file or instance).
     *
     * @param databaseClock whether the store uses its database's clock (ignored by stores without
     *     one); with {@code false} it must use the {@code now} of each call
     */
    Store create(boolean databaseClock);

    /**
     * A new JDBC connection to the same database and schema as {@code store}, for the
     * transactional-insert cases; empty when the store does not support them.
     */
    default Optional<Connection> connect(Store store) throws SQLException {
        return Optional.empty();
    }

    /**
     * A second store instance on the same database as {@code store}, opened the way another
     * process would open it, for the cases about several processes sharing one store (pauses,
     * leaderships, notifications, concurrent claims); empty when the store cannot be shared (the
     * in-memory store). The suite closes it before {@link #dispose} runs.
     */
    default Optional<Store> openPeer(Store store) {
        return Optional.empty();
    }

    /** Closes {@code store} and removes what {@link #create} made. */
    default void dispose(Store store) {
        store.close();
    }
}
