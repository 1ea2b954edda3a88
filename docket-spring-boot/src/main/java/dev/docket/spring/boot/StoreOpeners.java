package dev.docket.spring.boot;

import dev.docket.memory.MemoryStore;
import dev.docket.postgres.PostgresStore;
import dev.docket.spi.Stores;
import dev.docket.sqlite.SqliteStore;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * Opens each kind of store. Each opener is a bean only when its store module and driver are on the
 * class path, so the auto-configuration never loads a store class the application does not have.
 */
final class StoreOpeners {
    private StoreOpeners() {
    }

    /** PostgreSQL: on the application's DataSource, or on a URL with a pool of its own. */
    static final class Postgres {
        DocketStore onDataSource(DataSource dataSource, DocketProperties.Store settings) {
            PostgresStore store = PostgresStore.builder().dataSource(dataSource).schema(settings.getSchema())
                    .migrate(settings.isMigrate()).notifyWindow(settings.getNotifyWindow()).build();
            return DocketStore.sharing(store, dataSource);
        }

        DocketStore onUrl(String url) {
            return DocketStore.separate(Stores.open(url));
        }
    }

    /** SQLite: a file, possibly the one behind the application's DataSource. */
    static final class Sqlite {
        DocketStore onFile(Path file, boolean migrate, DataSource shared) {
            SqliteStore store = SqliteStore.builder().path(file).migrate(migrate).build();
            return shared == null ? DocketStore.separate(store) : DocketStore.sharing(store, shared);
        }
    }

    /** In memory. */
    static final class Memory {
        DocketStore open() {
            return DocketStore.separate(new MemoryStore());
        }
    }
}
