package dev.docket.bench.store;

import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The store's settings worth printing beside a figure: PostgreSQL's durability and WAL settings, or
 * the SQLite file's journal mode and library version. A SQLite store is opened (and its schema
 * created) first, so the file shows the settings the store gives it.
 */
public final class StoreFacts {
    private StoreFacts() {
    }

    public static Map<String, String> of(StoreTarget target) {
        return switch (target.kind()) {
            case POSTGRES -> {
                try (PostgresProbe probe = new PostgresProbe(target)) {
                    yield probe.settings();
                }
            }
            case SQLITE -> {
                try (Store store = Stores.open(target.url())) {
                    store.migrate();
                }
                yield SqliteProbe.settings(target.sqliteFile());
            }
            default -> new LinkedHashMap<>();
        };
    }
}
