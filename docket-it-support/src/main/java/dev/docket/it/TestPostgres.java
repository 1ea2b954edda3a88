package dev.docket.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server for tests: the local one when it answers, else one embedded per JVM (see
 * the package documentation for how it chooses). Tests take a fresh schema each with
 * {@link #newSchema} and drop it with {@link #dropSchema}, so they never see each other's rows.
 */
public final class TestPostgres {
    /** System property choosing the server: {@code auto} (default), {@code local} or {@code embedded}. */
    public static final String MODE_PROPERTY = "docket.it.postgres";

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final Pattern PREFIX = Pattern.compile("[a-z_][a-z0-9_]{0,29}");
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Object LOCK = new Object();
    private static volatile TestPostgres chosen;

    private final String baseUrl;
    private final String description;
    private final boolean embedded;

    TestPostgres(String baseUrl, String description, boolean embedded) {
        this.baseUrl = baseUrl;
        this.description = description;
        this.embedded = embedded;
    }

    /** The server this JVM's tests use, chosen on first call. */
    public static TestPostgres get() {
        TestPostgres result = chosen;
        if (result == null) {
            synchronized (LOCK) {
                if (chosen == null) {
                    chosen = configured();
                    log.info("tests use {}", chosen.description);
                }
                result = chosen;
            }
        }
        return result;
    }

    /** The embedded server of this JVM, started on first call and stopped at JVM exit. */
    public static TestPostgres embedded() {
        return EmbeddedServer.instance();
    }

    /** The server the {@value #MODE_PROPERTY} property (or its environment variable) asks for now. */
    static TestPostgres configured() {
        return select(mode());
    }

    /** The server for {@code mode} ({@code auto}, {@code local} or {@code embedded}). */
    static TestPostgres select(String mode) {
        switch (mode) {
            case "embedded":
                return embedded();
            case "local":
                LocalServer.check();
                return LocalServer.instance();
            case "auto":
                String why = LocalServer.whyNotAnswering();
                if (why == null) {
                    return LocalServer.instance();
                }
                log.info("no PostgreSQL at {} ({}); starting an embedded one", LocalServer.ADDRESS, why);
                return embedded();
            default:
                throw new IllegalArgumentException("unknown " + MODE_PROPERTY + " '" + mode
                        + "' (expected auto, local or embedded)");
        }
    }

    private static String mode() {
        String value = System.getProperty(MODE_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv("DOCKET_IT_POSTGRES");
        }
        return value == null || value.isBlank() ? "auto" : value.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether this is the embedded server. */
    public boolean isEmbedded() {
        return embedded;
    }

    /** Where the server is, for logs. */
    public String description() {
        return description;
    }

    /** A JDBC URL for the server with user and password, and {@code currentSchema} when given. */
    public String jdbcUrl(String schema) {
        return schema == null ? baseUrl : baseUrl + "&currentSchema=" + checkSchema(schema);
    }

    /** A plain (non-pooling) data source whose connections use {@code schema} (may be null). */
    public DataSource dataSource(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl(schema));
        return ds;
    }

    /** A new connection (auto-commit on) whose search path is {@code schema} (may be null). */
    public Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(schema));
    }

    /**
     * Creates a schema named {@code prefix} plus a suffix unique across JVMs and returns its name.
     *
     * @param prefix lower-case letters, digits and _, at most 30
     */
    public String newSchema(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("invalid schema prefix '" + prefix
                    + "': use lower-case letters, digits and _ (at most 30), starting with a letter or _");
        }
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet()
                + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
        execute("CREATE SCHEMA " + name, "creating schema " + name);
        return name;
    }

    /** Drops {@code name} and everything in it; nothing happens when it does not exist. */
    public void dropSchema(String name) {
        execute("DROP SCHEMA IF EXISTS " + checkSchema(name) + " CASCADE", "dropping schema " + name);
    }

    private void execute(String sql, String doing) {
        try (Connection c = connect(null); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(doing + " on " + description + " failed: " + e.getMessage(), e);
        }
    }

    private static String checkSchema(String name) {
        if (name == null || !SCHEMA.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid schema name '" + name
                    + "': use lower-case letters, digits and _ (at most 63), starting with a letter or _");
        }
        return name;
    }

    @Override
    public String toString() {
        return description;
    }
}
