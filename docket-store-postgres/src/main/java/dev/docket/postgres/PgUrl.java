package dev.docket.postgres;

import dev.docket.jdbc.Sql;
import dev.docket.spi.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A store URL, {@code jdbc:postgresql://HOST:PORT/DB?user=U&password=P&currentSchema=S&poolSize=N}:
 * the schema ({@code public} without {@code currentSchema}), the pool size (10 by default) and the
 * URL handed to pgjdbc, which is the same without Docket's own {@code poolSize} parameter.
 *
 * @param jdbcUrl the URL for the driver
 * @param schema the schema for Docket's tables
 * @param poolSize the most pooled connections
 */
record PgUrl(String jdbcUrl, String schema, int poolSize) {
    static final String PREFIX = "jdbc:postgresql:";
    static final int DEFAULT_POOL_SIZE = 10;
    private static final String POOL_SIZE = "poolsize";

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
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getKey().equals("currentSchema")) {
                schema = PgContext.normalizeSchema(p.getValue());
            } else if (p.getKey().toLowerCase(Locale.ROOT).equals(POOL_SIZE)) {
                poolSize = poolSize(p.getValue());
            }
        }
        return new PgUrl(withoutPoolSize(url), schema, poolSize);
    }

    private static int poolSize(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid poolSize '" + value + "' in the store URL: use 1 to 1000");
    }

    /** {@code url} with any {@code poolSize} parameter removed, the others kept as written. */
    static String withoutPoolSize(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (!pair.isEmpty() && !key.toLowerCase(Locale.ROOT).equals(POOL_SIZE)) {
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
