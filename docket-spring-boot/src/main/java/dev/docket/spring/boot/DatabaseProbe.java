package dev.docket.spring.boot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * What database an application DataSource points at, read from its connection metadata.
 *
 * @param product the database product name, as the driver reports it
 * @param url the JDBC URL, as the driver reports it
 */
record DatabaseProbe(String product, String url) {

    static DatabaseProbe of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return new DatabaseProbe(meta.getDatabaseProductName(), meta.getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Docket cannot connect to the application's DataSource to see which"
                    + " database it is (needed for docket.store.type=jdbc): " + e.getMessage(), e);
        }
    }

    boolean isPostgres() {
        return product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    boolean isSqlite() {
        return product.toLowerCase(Locale.ROOT).contains("sqlite");
    }

    boolean isH2() {
        return product.equalsIgnoreCase("H2");
    }

    /** The SQLite database file, for a SQLite DataSource. */
    Path sqliteFile() {
        String prefix = "jdbc:sqlite:";
        String rest = url != null && url.regionMatches(true, 0, prefix, 0, prefix.length()) ? url.substring(prefix.length()) : null;
        if (rest != null && rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest != null && rest.indexOf('?') >= 0) {
            rest = rest.substring(0, rest.indexOf('?'));
        }
        if (rest == null || rest.isBlank() || rest.contains(":memory:") || rest.contains("mode=memory")) {
            throw new IllegalStateException("the application's SQLite DataSource (" + url + ") is not a file Docket can"
                    + " share; set docket.store.type=sqlite with docket.store.url=sqlite:PATH, or docket.store.type=memory");
        }
        return Path.of(rest);
    }
}
