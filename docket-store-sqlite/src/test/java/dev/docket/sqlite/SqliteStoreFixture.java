package dev.docket.sqlite;

import dev.docket.spi.Store;
import dev.docket.tck.StoreFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Gives the conformance suite SQLite stores: a fresh file in its own temporary directory each. */
public final class SqliteStoreFixture implements StoreFixture {
    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Store create(boolean databaseClock) {
        try {
            Path dir = Files.createTempDirectory("docket-sqlite-tck-");
            SqliteStore store = SqliteStore.builder().path(dir.resolve("docket.db")).databaseClock(databaseClock).build();
            store.migrate();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Connection> connect(Store store) throws SQLException {
        return Optional.of(DriverManager.getConnection("jdbc:sqlite:" + sqlite(store).path()));
    }

    @Override
    public Optional<Store> openPeer(Store store) {
        SqliteStore s = sqlite(store);
        return Optional.of(SqliteStore.builder().path(s.path()).databaseClock(s.info().databaseClock()).build());
    }

    @Override
    public void dispose(Store store) {
        store.close();
        deleteTree(sqlite(store).path().getParent());
    }

    private static SqliteStore sqlite(Store store) {
        return (SqliteStore) store;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
