package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PgUrlTest {
    @Test
    void schemaAndPoolSizeComeFromTheUrlAndPoolSizeIsStripped() {
        PgUrl url = PgUrl.parse("jdbc:postgresql://db:5432/app?user=u&poolSize=3&password=p%26q&currentSchema=Jobs");
        assertThat(url.schema()).isEqualTo("jobs");
        assertThat(url.poolSize()).isEqualTo(3);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/app?user=u&password=p%26q&currentSchema=Jobs");
        assertThat(url.redacted()).doesNotContain("p%26q");
    }

    @Test
    void defaultsArePublicAndTen() {
        PgUrl url = PgUrl.parse("jdbc:postgresql://db/app");
        assertThat(url.schema()).isEqualTo("public");
        assertThat(url.poolSize()).isEqualTo(PgUrl.DEFAULT_POOL_SIZE);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db/app");
        assertThat(PgUrl.withoutDocketParameters("jdbc:postgresql://db/app?poolsize=2")).isEqualTo("jdbc:postgresql://db/app");
    }

    @Test
    void pooledConnectionsKeepTheirBackendsMemoryUnlessTheUrlSaysNot() {
        PgUrl kept = PgUrl.parse("jdbc:postgresql://db/app?user=u");
        assertThat(kept.keepBackendMemory()).isTrue();
        assertThat(PostgresStoreProvider.poolConfig(kept).getConnectionInitSql()).isEqualTo(BackendMemory.KEEP);

        PgUrl released = PgUrl.parse("jdbc:postgresql://db/app?keepBackendMemory=FALSE&user=u");
        assertThat(released.keepBackendMemory()).isFalse();
        assertThat(released.jdbcUrl()).isEqualTo("jdbc:postgresql://db/app?user=u");
        assertThat(PostgresStoreProvider.poolConfig(released).getConnectionInitSql()).isNull();
        assertThat(PostgresStore.KEEP_BACKEND_MEMORY_SQL).isEqualTo("SELECT length(repeat('x', 4194304))"); // as documented
        assertThat(PostgresStore.driverUrl("jdbc:postgresql://db/app?keepbackendmemory=true&poolSize=4"))
                .isEqualTo("jdbc:postgresql://db/app");
    }

    @Test
    void theNotifyWindowComesFromTheUrlAndIsStripped() {
        assertThat(PgUrl.parse("jdbc:postgresql://db/app").notifyWindow()).isEqualTo(Duration.ofMillis(2));
        PgUrl url = PgUrl.parse("jdbc:postgresql://db/app?notifyWindowMs=20&user=u");
        assertThat(url.notifyWindow()).isEqualTo(Duration.ofMillis(20));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db/app?user=u");
        assertThat(PgUrl.parse("jdbc:postgresql://db/app?notifywindowms=0").notifyWindow()).isZero();
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> PgUrl.parse("jdbc:postgresql://db/app?poolSize=zero"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poolSize 'zero'");
        assertThatThrownBy(() -> PgUrl.parse("jdbc:postgresql://db/app?poolSize=0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 1000");
        assertThatThrownBy(() -> PgUrl.parse("jdbc:postgresql://db/app?keepBackendMemory=yes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keepBackendMemory 'yes'").hasMessageContaining("true or false");
        assertThatThrownBy(() -> PgUrl.parse("jdbc:postgresql://db/app?notifyWindowMs=1001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("notifyWindowMs '1001'").hasMessageContaining("0 to 1000");
        assertThatThrownBy(() -> PostgresStore.builder().notifyWindow(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notifyWindow PT-0.001S");
        assertThatThrownBy(() -> PgUrl.parse("jdbc:postgresql://db/app?currentSchema=a,b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema name 'a,b'");
        assertThatThrownBy(() -> PgUrl.parse("jdbc:mysql://db/app?password=secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a PostgreSQL URL")
                .hasMessageNotContaining("secret");
    }

    @Test
    void longSchemaNamesGetAChannelWithinTheIdentifierLimit() {
        String schema = "s".repeat(63);
        assertThat(PgContext.channelFor(schema)).hasSize(63).startsWith("docket_sss")
                .isNotEqualTo(PgContext.channelFor("s".repeat(62) + "t"));
        assertThat(PgContext.channelFor("docket")).isEqualTo("docket_docket");
    }
}
