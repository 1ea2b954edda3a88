package dev.docket.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The fallback path: the embedded server starts once per JVM and serves schemas like the local one. */
class EmbeddedModeTest {
    @Test
    void embeddedModeStartsOneServerThatAnswers() throws SQLException {
        String previous = System.getProperty(TestPostgres.MODE_PROPERTY);
        TestPostgres pg;
        try {
            System.setProperty(TestPostgres.MODE_PROPERTY, "embedded");
            pg = TestPostgres.configured();
        } finally {
            restore(previous);
        }
        assertThat(pg.isEmbedded()).isTrue();
        assertThat(TestPostgres.embedded()).isSameAs(pg);
        assertThat(pg.jdbcUrl(null)).doesNotContain(":5432/");
        try (Connection c = pg.connect(null)) {
            assertThat(TestPostgresTest.scalar(c, "select 1")).isEqualTo("1");
        }
        String schema = pg.newSchema("embedded");
        try (Connection c = pg.connect(schema)) {
            assertThat(TestPostgresTest.scalar(c, "select current_schema()")).isEqualTo(schema);
        } finally {
            pg.dropSchema(schema);
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(TestPostgres.MODE_PROPERTY);
        } else {
            System.setProperty(TestPostgres.MODE_PROPERTY, previous);
        }
    }
}
