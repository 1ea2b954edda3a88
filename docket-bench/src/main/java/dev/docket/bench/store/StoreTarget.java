package dev.docket.bench.store;

import dev.docket.postgres.PostgresStore;
import dev.docket.spi.Stores;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The store a run uses, as far as the bench needs to know it: its kind, and for the stores it
 * resets, the SQLite file or the PostgreSQL schema.
 *
 * @param kind which store
 * @param url the URL as given
 */
public record StoreTarget(Kind kind, String url) {

    /** The stores the bench knows how to reset and describe. */
    public enum Kind {
        MEMORY, SQLITE, POSTGRES, OTHER;

        /** The name in the JSON result. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static StoreTarget of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        Kind kind = lower.startsWith("memory:") ? Kind.MEMORY
                : url.startsWith("sqlite:") ? Kind.SQLITE
                : lower.startsWith("jdbc:postgresql:") ? Kind.POSTGRES
                : Kind.OTHER;
        return new StoreTarget(kind, url);
    }

    /** The URL without any password, for printing. */
    public String redacted() {
        return Stores.redact(url);
    }

    /** The SQLite database file. */
    public Path sqliteFile() {
        int q = url.indexOf('?');
        return Path.of(url.substring("sqlite:".length(), q < 0 ? url.length() : q).trim());
    }

    /** The PostgreSQL schema named by {@code currentSchema}, or {@code null} when the URL names none. */
    public String postgresSchema() {
        return parameters().get("currentSchema");
    }

    /** A URL for a plain JDBC connection: the store URL without Docket's own parameters. */
    public String jdbcUrl() {
        return PostgresStore.driverUrl(url);
    }

    private Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
