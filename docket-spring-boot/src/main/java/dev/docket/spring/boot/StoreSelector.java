package dev.docket.spring.boot;

import dev.docket.spi.Stores;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Chooses and opens the store from {@code docket.store.*} and the application's DataSource:
 *
 * <ul>
 *   <li>{@code jdbc} (the default when there is a DataSource): the application's DataSource when it
 *       is PostgreSQL (tables in {@code docket.store.schema}) or SQLite (its file), shared so that
 *       enqueues join its transactions; or, with {@code docket.store.url}, a PostgreSQL database of
 *       its own. H2 and other databases are refused with a message naming the alternatives.</li>
 *   <li>{@code sqlite} (the default without a DataSource): the application's SQLite file when its
 *       DataSource is SQLite and no URL is given, else {@code docket.store.url}
 *       ({@value Stores#DEFAULT_URL} by default).</li>
 *   <li>{@code memory}: in memory.</li>
 * </ul>
 */
final class StoreSelector {
    private static final String SQLITE_PREFIX = "sqlite:";

    private final DocketProperties.Store properties;
    private final DataSource dataSource;
    private final StoreOpeners.Postgres postgres;
    private final StoreOpeners.Sqlite sqlite;
    private final StoreOpeners.Memory memory;

    StoreSelector(DocketProperties.Store properties, DataSource dataSource, StoreOpeners.Postgres postgres,
                  StoreOpeners.Sqlite sqlite, StoreOpeners.Memory memory) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.sqlite = sqlite;
        this.memory = memory;
    }

    /** The store type in effect: the configured one, else jdbc with a DataSource and sqlite without. */
    StoreType type() {
        if (properties.getType() != null) {
            return properties.getType();
        }
        return dataSource != null ? StoreType.JDBC : StoreType.SQLITE;
    }

    DocketStore open() {
        switch (type()) {
            case MEMORY:
                return require(memory, "docket.store.type=memory", "dev.docket:docket-store-memory").open();
            case SQLITE:
                return openSqlite();
            case JDBC:
            default:
                return openJdbc();
        }
    }

    private DocketStore openJdbc() {
        String url = properties.getUrl();
        if (url != null && !url.isBlank()) {
            if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("docket.store.url '" + Stores.redact(url) + "' is not a PostgreSQL URL, which"
                        + " docket.store.type=jdbc needs (jdbc:postgresql://HOST:PORT/DB); for a SQLite file set"
                        + " docket.store.type=sqlite");
            }
            return requirePostgres().onUrl(url);
        }
        if (dataSource == null) {
            throw new IllegalStateException("docket.store.type=jdbc needs the application's DataSource, and there is"
                    + " none; configure spring.datasource.*, set docket.store.url=jdbc:postgresql://..., or set"
                    + " docket.store.type=sqlite or memory");
        }
        DatabaseProbe db = DatabaseProbe.of(dataSource);
        if (db.isPostgres()) {
            return requirePostgres().onDataSource(dataSource, properties);
        }
        if (db.isSqlite()) {
            return requireSqlite().onFile(db.sqliteFile(), properties.isMigrate(), dataSource);
        }
        if (db.isH2()) {
            throw new IllegalStateException("the application's DataSource is H2, which Docket cannot store jobs in;"
                    + " set docket.store.type=sqlite (a SQLite file of Docket's own, " + Stores.DEFAULT_URL
                    + " unless docket.store.url says otherwise) or docket.store.type=memory (tests), or use PostgreSQL");
        }
        throw new IllegalStateException("the application's DataSource is " + db.product() + ", which Docket cannot store"
                + " jobs in (it supports PostgreSQL and SQLite); set docket.store.type=sqlite or memory, or"
                + " docket.store.url=jdbc:postgresql://... for a PostgreSQL database of its own");
    }

    private DocketStore openSqlite() {
        String url = properties.getUrl();
        if ((url == null || url.isBlank()) && dataSource != null) {
            DatabaseProbe db = DatabaseProbe.of(dataSource);
            if (db.isSqlite()) {
                return requireSqlite().onFile(db.sqliteFile(), properties.isMigrate(), dataSource);
            }
        }
        String location = url == null || url.isBlank() ? Stores.DEFAULT_URL : url;
        if (!location.startsWith(SQLITE_PREFIX) || location.length() == SQLITE_PREFIX.length()) {
            throw new IllegalStateException("docket.store.url '" + Stores.redact(location) + "' is not a SQLite location,"
                    + " which docket.store.type=sqlite needs (sqlite:PATH, e.g. " + Stores.DEFAULT_URL + ")");
        }
        return requireSqlite().onFile(Path.of(location.substring(SQLITE_PREFIX.length())), properties.isMigrate(), null);
    }

    private StoreOpeners.Postgres requirePostgres() {
        return require(postgres, "a PostgreSQL store", "dev.docket:docket-store-postgres and org.postgresql:postgresql");
    }

    private StoreOpeners.Sqlite requireSqlite() {
        return require(sqlite, "a SQLite store", "dev.docket:docket-store-sqlite and org.xerial:sqlite-jdbc");
    }

    private static <T> T require(T opener, String what, String artifacts) {
        if (opener == null) {
            throw new IllegalStateException(what + " needs " + artifacts + " on the class path");
        }
        return opener;
    }
}
