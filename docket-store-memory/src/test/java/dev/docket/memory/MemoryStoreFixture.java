package dev.docket.memory;

import dev.docket.spi.Store;
import dev.docket.tck.StoreFixture;

/** Gives the conformance suite a fresh {@link MemoryStore} per case; it has no database clock. */
public final class MemoryStoreFixture implements StoreFixture {
    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Store create(boolean databaseClock) {
        return new MemoryStore("tck");
    }
}
