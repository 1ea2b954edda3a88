package dev.docket.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.docket.StoreException;
import dev.docket.spi.Store;
import dev.docket.spi.StoreProvider;
import java.util.Properties;

/**
 * Opens {@link PostgresStore}s from URLs such as
 * {@code jdbc:postgresql://db:5432/app?user=docket&password=secret&currentSchema=docket&poolSize=10}.
 * The tables live in {@code currentSchema} ({@code public} when absent), created by
 * {@link Store#migrate()}. The store gets its own HikariCP pool ({@code poolSize} connections,
 * 10 by default; the parameter is Docket's and is not passed to the driver), closed with the store,
 * plus one separate connection for LISTEN. Each pooled connection opens with {@link BackendMemory#KEEP}
 * unless the URL says {@code keepBackendMemory=false}; {@code notifyWindowMs} sets
 * {@link PostgresStoreBuilder#notifyWindow} (both also Docket's own, not passed on).
 */
public final class PostgresStoreProvider implements StoreProvider {
    private static final long CONNECTION_TIMEOUT_MS = 5_000;

    @Override
    public boolean supports(String url) {
        return url != null && url.regionMatches(true, 0, PgUrl.PREFIX, 0, PgUrl.PREFIX.length());
    }

    @Override
    public Store open(String url) {
        PgUrl parsed = PgUrl.parse(url);
        HikariDataSource pool = pool(parsed);
        return PostgresStore.builder()
                .dataSource(pool)
                .schema(parsed.schema())
                .notifyWindow(parsed.notifyWindow())
                .description("PostgreSQL " + parsed.redacted())
                .ownedPool(pool)
                .listenConnections(ListenConnections.direct(parsed.jdbcUrl(), new Properties()))
                .build();
    }

    private static HikariDataSource pool(PgUrl url) {
        try {
            return new HikariDataSource(poolConfig(url));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new StoreException("cannot connect to " + url.redacted() + ": " + cause.getMessage(), e);
        }
    }

    /** The pool's settings for {@code url}. */
    static HikariConfig poolConfig(PgUrl url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbcUrl());
        config.setMaximumPoolSize(url.poolSize());
        config.setPoolName("docket-" + url.schema());
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setAutoCommit(true);
        if (url.keepBackendMemory()) {
            config.setConnectionInitSql(BackendMemory.KEEP);
        }
        config.addDataSourceProperty("ApplicationName", "docket");
        return config;
    }
}
