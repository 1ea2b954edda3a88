package dev.docket.sqlite;

import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.NewJob;
import dev.docket.spi.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Opening stores on files in a test's temporary directory, and small job helpers. */
final class TestStores {
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private TestStores() {
    }

    /** A migrated store on {@code file} using the given {@code now} values (no database clock). */
    static SqliteStore open(Path file) {
        SqliteStore store = SqliteStore.builder().path(file).databaseClock(false).build();
        store.migrate();
        return store;
    }

    static NewJob job(String queue) {
        return NewJob.of("test.task", queue, "{}");
    }

    /** Inserts one job and returns its id. */
    static long insert(Store store, NewJob job, Instant now) {
        List<InsertResult> r = store.jobs().insert(InsertParams.of(List.of(job), now));
        return r.get(0).id();
    }
}
