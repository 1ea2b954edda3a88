package dev.docket.postgres;

import dev.docket.jdbc.Sql;
import dev.docket.spi.Stores;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A store URL, {@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P&currentSchema=S&poolSize=N}:
 * the schema ({@code public} without {@code currentSchema}), the pool size (10 by default), whether
 * pooled connections ask their server process to keep its memory ({@code keepBackendMemory}, true by
 * default; see {@link BackendMemory}), the shortest time between two wake-up notifications of a
 * queue ({@code notifyWindowMs}, 2 by default; see {@link Wakeups}) and the URL handed to pgjdbc,
 * which is the same without Docket's own parameters.
 *
 * @param jdbcUrl the URL for the driver
 * @param schema the schema for Docket's tables
 * @param poolSize the most pooled connections
 * @param keepBackendMemory whether each pooled connection opens with {@link BackendMemory#KEEP}
 * @param notifyWindow the store's {@link PostgresStoreBuilder#notifyWindow}
 */
record PgUrl(String jdbcUrl, String schema, int poolSize, boolean keepBackendMemory, Duration notifyWindow) {
    static final String PREFIX = "jdbc:postgresql:";
    static final int DEFAULT_POOL_SIZE = 10;
    private static final String POOL_SIZE = "poolsize";
    private static final String KEEP_BACKEND_MEMORY = "keepbackendmemory";
    private static final String NOTIFY_WINDOW_MS = "notifywindowms";
    private static final Set<String> DOCKETS = Set.of(POOL_SIZE, KEEP_BACKEND_MEMORY, NOTIFY_WINDOW_MS);

    /**
     * Parses {@code url}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static PgUrl parse(String url) {
        if (url == null || !url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new IllegalArgumentException("not a PostgreSQL URL: '" + Stores.redact(url)
                    + "' (expected jdbc:postgresql://HOST:PORT/DB?currentSchema=SCHEMA)");
        }
        Map<String, String> params = Sql.queryParameters(url);
        String schema = "public";
        int poolSize = DEFAULT_POOL_SIZE;
        boolean keepBackendMemory = true;
        Duration notifyWindow = Wakeups.DEFAULT_WINDOW;
        for (Map.Entry<String, String> p : params.entrySet()) {
            String key = p.getKey().toLowerCase(Locale.ROOT);
            if (p.getKey().equals("currentSchema")) {
                schema = PgContext.normalizeSchema(p.getValue());
            } else if (key.equals(POOL_SIZE)) {
                poolSize = intIn(p.getKey(), p.getValue(), 1, 1000);
            } else if (key.equals(KEEP_BACKEND_MEMORY)) {
                keepBackendMemory = bool(p.getKey(), p.getValue());
            } else if (key.equals(NOTIFY_WINDOW_MS)) {
                int ms = intIn(p.getKey(), p.getValue(), 0, PostgresStoreBuilder.MAX_NOTIFY_WINDOW_MS);
                notifyWindow = Duration.ofMillis(ms);
            }
        }
        return new PgUrl(withoutDocketParameters(url), schema, poolSize, keepBackendMemory, notifyWindow);
    }

    private static boolean bool(String name, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new IllegalArgumentException("invalid " + name + " '" + value + "' in the store URL: use true or false");
    }

    private static int intIn(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid " + name + " '" + value + "' in the store URL: use " + min
                + " to " + max);
    }

    /** {@code url} without Docket's own parameters, the others kept as written. */
    static String withoutDocketParameters(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String lower = key.toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !DOCKETS.contains(lower)) {
                kept.add(pair);
            }
        }
        return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    /** The URL without its password, for logs. */
    String redacted() {
        return Stores.redact(jdbcUrl);
    }
}
