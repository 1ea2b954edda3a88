package dev.docket.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {
    private final TestPostgres pg = TestPostgres.get();

    @Test
    void theChosenServerIsStableAndAnswers() throws SQLException {
        assertThat(TestPostgres.get()).isSameAs(pg);
        try (Connection c = pg.connect(null)) {
            assertThat(scalar(c, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void newSchemaIsUniqueAndUsedByConnectionsForIt() throws SQLException {
        String a = pg.newSchema("itsupport");
        String b = pg.newSchema("itsupport");
        try {
            assertThat(a).startsWith("itsupport_").isNotEqualTo(b);
            try (Connection c = pg.connect(a)) {
                assertThat(scalar(c, "select current_schema()")).isEqualTo(a);
            }
            try (Connection c = pg.dataSource(b).getConnection()) {
                assertThat(scalar(c, "select current_schema()")).isEqualTo(b);
            }
        } finally {
            pg.dropSchema(a);
            pg.dropSchema(b);
        }
        try (Connection c = pg.connect(null)) {
            assertThat(scalar(c, "select count(*) from pg_namespace where nspname in ('" + a + "', '" + b + "')"))
                    .isEqualTo("0");
        }
    }

    @Test
    void dropSchemaOfAMissingSchemaDoesNothing() {
        pg.dropSchema("itsupport_never_created");
    }

    @Test
    void badNamesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> pg.newSchema("Bad-Prefix"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad-Prefix");
        assertThatThrownBy(() -> pg.jdbcUrl("x; drop table y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid schema name");
        assertThatThrownBy(() -> TestPostgres.select("remote"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto, local or embedded");
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
