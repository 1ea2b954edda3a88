package dev.docket.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreTargetTest {
    @Test
    void tellsTheKindFromTheUrl() {
        assertThat(StoreTarget.of("memory:").kind()).isEqualTo(StoreTarget.Kind.MEMORY);
        assertThat(StoreTarget.of("sqlite:data/b.db").kind()).isEqualTo(StoreTarget.Kind.SQLITE);
        assertThat(StoreTarget.of("jdbc:postgresql://h:5432/db").kind()).isEqualTo(StoreTarget.Kind.POSTGRES);
        assertThat(StoreTarget.of("redis://h:6379/0").kind()).isEqualTo(StoreTarget.Kind.OTHER);
    }

    @Test
    void readsTheSqliteFileWithoutParameters() {
        assertThat(StoreTarget.of("sqlite:data/b.db?busyTimeoutMs=100").sqliteFile()).isEqualTo(Path.of("data/b.db"));
    }

    @Test
    void readsThePostgresSchemaAndDropsDocketsOwnParameterForJdbc() {
        StoreTarget t = StoreTarget.of("jdbc:postgresql://h/db?user=u&poolSize=20&currentSchema=bench_a&password=s");
        assertThat(t.postgresSchema()).isEqualTo("bench_a");
        assertThat(t.jdbcUrl()).isEqualTo("jdbc:postgresql://h/db?user=u&currentSchema=bench_a&password=s");
        assertThat(t.redacted()).contains("password=***").doesNotContain("password=s");
        assertThat(StoreTarget.of("jdbc:postgresql://h/db").postgresSchema()).isNull();
    }
}
