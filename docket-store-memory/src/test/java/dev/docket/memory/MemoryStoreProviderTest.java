package dev.docket.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.spi.InsertParams;
import dev.docket.spi.NewJob;
import dev.docket.spi.Store;
import dev.docket.spi.StoreInfo;
import dev.docket.spi.Stores;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening memory stores by URL, and what they say about themselves. */
class MemoryStoreProviderTest {
    private final MemoryStoreProvider provider = new MemoryStoreProvider();

    @Test
    void supportsOnlyMemoryUrls() {
        assertThat(provider.supports("memory:")).isTrue();
        assertThat(provider.supports("memory:demo")).isTrue();
        assertThat(provider.supports("MEMORY:demo")).isTrue();
        assertThat(provider.supports("memory")).isFalse();
        assertThat(provider.supports("sqlite:memory:")).isFalse();
        assertThat(provider.supports(null)).isFalse();
    }

    @Test
    void textAfterTheColonNamesTheStore() {
        try (Store store = provider.open("memory:demo")) {
            assertThat(store.info()).isEqualTo(new StoreInfo("memory", "in-memory store 'demo'", false, false,
                    false, false));
        }
        try (Store store = provider.open("memory:")) {
            assertThat(store.info().description()).isEqualTo("in-memory store 'memory'");
        }
    }

    @Test
    void storesFoundThroughTheServiceLoader() {
        try (Store store = Stores.open("memory:")) {
            assertThat(store).isInstanceOf(MemoryStore.class);
        }
    }

    @Test
    void everyOpenIsANewEmptyStore() {
        try (Store a = provider.open("memory:same"); Store b = provider.open("memory:same")) {
            a.jobs().insert(InsertParams.of(List.of(NewJob.of("t", "q", "{}")), Instant.EPOCH));

            assertThat(b.queries().countByQueueAndState()).isEmpty();
        }
    }

    @Test
    void otherUrlsAreRefusedWithTheAcceptedForm() {
        assertThatThrownBy(() -> provider.open("sqlite:x.db"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memory:");
    }
}
