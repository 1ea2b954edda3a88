package dev.docket.spring.boot;

import dev.docket.spi.Store;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The store Docket runs on, and the application {@link DataSource} it shares, if any: enqueues made
 * inside a Spring transaction on that DataSource join the transaction. Define a bean of this type to
 * choose the store yourself; the one built from {@code docket.store.*} then steps aside.
 *
 * <p>Docket closes the store when it stops; closing this object also closes it, for the case where
 * Docket never started.
 */
public final class DocketStore implements AutoCloseable {
    private final Store store;
    private final DataSource sharedDataSource;

    private DocketStore(Store store, DataSource sharedDataSource) {
        this.store = Objects.requireNonNull(store, "store");
        this.sharedDataSource = sharedDataSource;
    }

    /** A store of its own: enqueues never join the application's transactions. */
    public static DocketStore separate(Store store) {
        return new DocketStore(store, null);
    }

    /** A store whose tables live in {@code dataSource}'s database: enqueues join its transactions. */
    public static DocketStore sharing(Store store, DataSource dataSource) {
        return new DocketStore(store, Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** The store. */
    public Store store() {
        return store;
    }

    /** The application DataSource whose transactions enqueues join, if the store shares it. */
    public Optional<DataSource> sharedDataSource() {
        return Optional.ofNullable(sharedDataSource);
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public String toString() {
        return store.info().description() + (sharedDataSource == null ? "" : " (the application's DataSource)");
    }
}
