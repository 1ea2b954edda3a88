package dev.docket.memory;

import dev.docket.spi.Store;
import dev.docket.spi.StoreProvider;

/**
 * Opens {@link MemoryStore}s for {@code memory:} URLs; any text after the colon names the store.
 * Every open gives a new, empty store: two opens of one URL share nothing.
 */
public final class MemoryStoreProvider implements StoreProvider {
    private static final String PREFIX = "memory:";

    @Override
    public boolean supports(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    public Store open(String url) {
        if (!supports(url)) {
            throw new IllegalArgumentException("not a memory store URL: '" + url + "' (use memory: or memory:NAME)");
        }
        return new MemoryStore(url.substring(PREFIX.length()).trim());
    }
}
