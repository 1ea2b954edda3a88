package dev.docket.spi;

/**
 * Opens stores from URLs such as {@code sqlite:docket-data/docket.db} or
 * {@code jdbc:postgresql://host/db?currentSchema=docket}. Store modules register one through
 * {@code META-INF/services/dev.docket.spi.StoreProvider}.
 */
public interface StoreProvider {
    /** Whether this provider opens {@code url}. */
    boolean supports(String url);

    /**
     * Opens the store at {@code url}; the caller runs {@link Store#migrate()}.
     *
     * @throws IllegalArgumentException when the URL is malformed, naming the problem
     * @throws dev.docket.StoreException when the store cannot be reached
     */
    Store open(String url);
}
