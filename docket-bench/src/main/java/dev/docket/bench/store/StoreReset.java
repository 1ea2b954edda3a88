package dev.docket.bench.store;

import dev.docket.bench.options.UsageException;

/**
 * Empties the store before a run, so repeated runs start alike: a PostgreSQL schema is dropped and
 * created again, a SQLite file is deleted, a memory store starts empty anyway. It refuses (with a
 * {@link UsageException}) to touch anything that holds more than Docket's tables.
 */
public final class StoreReset {
    private StoreReset() {
    }

    /** Empties {@code target}; returns what it did, for the printed configuration. */
    public static String reset(StoreTarget target) {
        return switch (target.kind()) {
            case MEMORY -> "a memory store starts empty";
            case SQLITE -> SqliteReset.reset(target.sqliteFile());
            case POSTGRES -> PostgresReset.reset(target);
            case OTHER -> throw new UsageException("the bench cannot empty the store '" + target.redacted()
                    + "'; pass --keep to run on it as it is");
        };
    }
}
