package dev.docket.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sqlite:PATH} URLs through the service loader, and clear errors for bad ones. */
class ProviderTest {
    @TempDir
    Path dir;

    private final SqliteStoreProvider provider = new SqliteStoreProvider();

    @Test
    void opensAFileCreatingItsDirectories() {
        Path file = dir.resolve("a/b/docket.db");
        try (Store store = Stores.open("sqlite:" + file)) {
            store.migrate();
            store.ping();
            assertThat(store).isInstanceOf(SqliteStore.class);
            assertThat(store.info().kind()).isEqualTo("sqlite");
            assertThat(store.info().durable()).isTrue();
            assertThat(store.info().databaseClock()).isTrue();
            assertThat(store.info().transactionalInsert()).isTrue();
            assertThat(store.info().notifications()).isFalse();
            assertThat(store.info().description()).isEqualTo("sqlite:" + file);
        }
        assertThat(Files.isRegularFile(file)).isTrue();
    }

    @Test
    void readsParameters() {
        try (Store store = Stores.open("sqlite:" + dir.resolve("p.db") + "?databaseClock=false&busyTimeoutMs=500")) {
            assertThat(store.info().databaseClock()).isFalse();
        }
    }

    @Test
    void aRelativePathIsResolvedAgainstTheWorkingDirectory() {
        assertThat(new SqliteFile(Path.of("docket-data/docket.db"), java.time.Duration.ZERO).path())
                .isEqualTo(Path.of("").toAbsolutePath().resolve("docket-data/docket.db"));
    }

    @Test
    void supportsOnlySqliteUrls() {
        assertThat(provider.supports("sqlite:docket-data/docket.db")).isTrue();
        assertThat(provider.supports(Stores.DEFAULT_URL)).isTrue();
        assertThat(provider.supports("jdbc:postgresql://localhost/db")).isFalse();
        assertThat(provider.supports("memory:")).isFalse();
        assertThat(provider.supports(null)).isFalse();
    }

    @Test
    void badUrlsAreRejectedNamingTheProblem() {
        assertThatThrownBy(() -> provider.open("sqlite:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no path");
        assertThatThrownBy(() -> provider.open("sqlite::memory:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must name a file path");
        assertThatThrownBy(() -> provider.open("sqlite:" + dir.resolve("x.db") + "?colour=blue"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown parameter 'colour'");
        assertThatThrownBy(() -> provider.open("sqlite:" + dir.resolve("x.db") + "?databaseClock=maybe"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be true or false");
        assertThatThrownBy(() -> provider.open("sqlite:" + dir.resolve("x.db") + "?busyTimeoutMs=-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative number");
    }

    @Test
    void theBuilderNeedsAPath() {
        assertThatThrownBy(() -> SqliteStore.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a path");
    }
}
