package dev.docket.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds a {@link StoreProvider} for a URL among those on the class path. */
public final class Stores {
    /** The store Docket uses when none is configured. */
    public static final String DEFAULT_URL = "sqlite:docket-data/docket.db";

    private Stores() {
    }

    /**
     * Opens the store at {@code url}.
     *
     * @throws IllegalArgumentException when no store module on the class path handles the URL
     */
    public static Store open(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("store URL is empty");
        }
        List<String> seen = new ArrayList<>();
        for (StoreProvider provider : ServiceLoader.load(StoreProvider.class, Stores.class.getClassLoader())) {
            if (provider.supports(url)) {
                return provider.open(url);
            }
            seen.add(provider.getClass().getSimpleName());
        }
        throw new IllegalArgumentException("no store handles '" + redact(url) + "'"
                + (seen.isEmpty() ? "; no store module is on the class path" : "; available: " + seen)
                + " (use sqlite:PATH with docket-store-sqlite, jdbc:postgresql://HOST:PORT/DB with"
                + " docket-store-postgres, or memory: with docket-store-memory)");
    }

    /** {@code url} without any password parameter, for messages and logs. */
    public static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
