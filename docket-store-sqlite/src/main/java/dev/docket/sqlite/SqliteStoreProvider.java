package dev.docket.sqlite;

import dev.docket.jdbc.Sql;
import dev.docket.spi.Store;
import dev.docket.spi.StoreProvider;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Opens {@code sqlite:PATH} URLs ({@code sqlite:docket-data/docket.db}, {@code sqlite:/var/lib/app/jobs.db}),
 * with optional parameters {@code databaseClock=true|false} and {@code busyTimeoutMs=N}.
 * Registered in {@code META-INF/services/dev.docket.spi.StoreProvider}.
 */
public final class SqliteStoreProvider implements StoreProvider {
    private static final String PREFIX = "sqlite:";

    @Override
    public boolean supports(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public Store open(String url) {
        return builder(url).build();
    }

    /** The builder a URL describes. */
    static SqliteStore.Builder builder(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a SQLite store URL: '" + url + "' (expected sqlite:PATH)");
        }
        int q = url.indexOf('?');
        String location = url.substring(PREFIX.length(), q < 0 ? url.length() : q).trim();
        if (location.isEmpty()) {
            throw new IllegalArgumentException("the SQLite store URL '" + url + "' has no path (expected sqlite:PATH,"
                    + " e.g. sqlite:docket-data/docket.db)");
        }
        if (location.startsWith(":memory:") || location.startsWith("file:")) {
            throw new IllegalArgumentException("the SQLite store URL '" + url + "' must name a file path"
                    + " (use memory: for an in-memory store)");
        }
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("the SQLite store URL '" + url + "' has an invalid path: "
                    + e.getMessage(), e);
        }
        SqliteStore.Builder builder = SqliteStore.builder().path(path);
        for (Map.Entry<String, String> p : Sql.queryParameters(url).entrySet()) {
            switch (p.getKey()) {
                case "databaseClock" -> builder.databaseClock(bool(url, p.getKey(), p.getValue()));
                case "busyTimeoutMs" -> builder.busyTimeout(Duration.ofMillis(number(url, p.getKey(), p.getValue())));
                default -> throw new IllegalArgumentException("unknown parameter '" + p.getKey()
                        + "' in SQLite store URL '" + url + "' (known: databaseClock, busyTimeoutMs)");
            }
        }
        return builder;
    }

    private static boolean bool(String url, String name, String value) {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(name + " in '" + url + "' must be true or false, was '" + value + "'");
    }

    private static long number(String url, String name, String value) {
        try {
            long n = Long.parseLong(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " in '" + url + "' must be a non-negative number, was '" + value + "'");
    }
}
