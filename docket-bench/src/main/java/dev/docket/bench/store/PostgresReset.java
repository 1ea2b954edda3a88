package dev.docket.bench.store;

import dev.docket.bench.options.UsageException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Drops and creates again the schema a PostgreSQL store URL names, if it holds only Docket's tables. */
final class PostgresReset {
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresReset() {
    }

    static String reset(StoreTarget target) {
        String schema = target.postgresSchema();
        if (schema == null || schema.equals("public")) {
            throw new UsageException("the bench drops and recreates the store's schema before it runs: name a"
                    + " schema of its own in the URL (&currentSchema=bench_a), or pass --keep");
        }
        if (!PLAIN_NAME.matcher(schema).matches() || schema.startsWith("pg_") || schema.equals("information_schema")) {
            throw new UsageException("the bench only resets schemas named with lower-case letters, digits and _"
                    + " (not pg_*), was '" + schema + "'; pass --keep to run on it as it is");
        }
        try (Connection c = DriverManager.getConnection(target.jdbcUrl())) {
            checkOnlyDocketTables(c, schema);
            try (Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                st.execute("CREATE SCHEMA " + schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset schema " + schema + " on " + target.redacted() + ": "
                    + e.getMessage(), e);
        }
        return "dropped and created schema " + schema;
    }

    private static void checkOnlyDocketTables(Connection c, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ?"
                + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relname NOT LIKE 'docket\\_%' LIMIT 1")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new UsageException("schema " + schema + " holds a table that is not Docket's ("
                            + rs.getString(1) + "); give the bench a schema of its own, or pass --keep");
                }
            }
        }
    }
}
