package dev.docket.bench.peers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database a peer runs in, one of its own on the server the store URL points at, so that its
 * commit count ({@code pg_stat_database.xact_commit}) is the peer's alone. Server-wide statements
 * run on short connections to the database the store URL names.
 */
final class PeerDatabase {
    private static final String SESSIONS =
            "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND backend_type = 'client backend'";

    private final String serverUrl;
    private final String name;
    private final String url;

    private PeerDatabase(String serverUrl, String name, String url) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.url = url;
    }

    /** Drops {@code name} (closing its sessions) and creates it empty on the server of {@code storeUrl}. */
    static PeerDatabase recreate(String storeUrl, String name) {
        if (!PeerOptions.DATABASE.matcher(name).matches()) {
            throw new IllegalArgumentException("refusing to drop '" + name + "': not a peers_ database");
        }
        PeerDatabase db = new PeerDatabase(storeUrl, name, urlFor(storeUrl, name));
        db.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        db.execute("CREATE DATABASE " + name);
        return db;
    }

    /** The JDBC URL of the peer's database: the store URL with the database replaced. */
    String url() {
        return url;
    }

    String name() {
        return name;
    }

    /** A data source that opens a fresh connection each time (for set-up, closed after use). */
    DataSource direct() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        return ds;
    }

    /** Transactions committed in the peer's database so far, as the statistics show them. */
    long commits() {
        return query("SELECT xact_commit FROM pg_stat_database WHERE datname = ?");
    }

    /**
     * Waits until no client session is connected to the peer's database and its commit count has
     * settled: sessions publish their statistics when they end, so the count is then complete.
     */
    long settledCommits(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (query(SESSIONS) > 0) {
            pause(50, deadline);
        }
        long before = commits();
        while (true) {
            pause(200, deadline);
            long now = commits();
            if (now == before) {
                return now;
            }
            before = now;
        }
    }

    /** Drops the peer's database. */
    void drop() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void pause(long millis, long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the peer's database did not settle in time");
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the peer's database", e);
        }
    }

    private long query(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading statistics of " + name + " failed: " + e.getMessage(), e);
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * {@code storeUrl} pointing at database {@code name}, without the parameters that chose a schema
     * or a Docket pool size.
     */
    static String urlFor(String storeUrl, String name) {
        int q = storeUrl.indexOf('?');
        String base = q < 0 ? storeUrl : storeUrl.substring(0, q);
        String query = q < 0 ? "" : storeUrl.substring(q + 1);
        String prefix = "jdbc:postgresql:";
        String rest = base.substring(prefix.length());
        String target;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            target = prefix + (slash < 0 ? rest : rest.substring(0, slash)) + "/" + name;
        } else {
            target = prefix + name;
        }
        List<String> kept = new ArrayList<>();
        for (String p : query.split("&")) {
            String key = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
            String k = key.toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && !k.equals("currentschema") && !k.equals("poolsize")) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? target : target + "?" + String.join("&", kept);
    }
}
