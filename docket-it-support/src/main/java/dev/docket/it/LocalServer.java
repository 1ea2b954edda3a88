package dev.docket.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The developer's or CI's PostgreSQL at 127.0.0.1:5432 (user postgres, database test). */
final class LocalServer {
    static final String ADDRESS = "127.0.0.1:5432";
    private static final String URL = "jdbc:postgresql://" + ADDRESS + "/test?user=postgres";
    private static final int PROBE_TIMEOUT_MS = 1000;
    private static final TestPostgres INSTANCE =
            new TestPostgres(URL, "the PostgreSQL server at " + ADDRESS + " (database test)", false);

    private LocalServer() {
    }

    static TestPostgres instance() {
        return INSTANCE;
    }

    /** Fails with the reason when the local server does not answer. */
    static void check() {
        String why = whyNotAnswering();
        if (why != null) {
            throw new IllegalStateException(TestPostgres.MODE_PROPERTY + "=local, but the PostgreSQL at "
                    + ADDRESS + " does not answer (" + why + "); start it, or use auto or embedded");
        }
    }

    /** {@code null} when the server answers {@code select 1} within about a second, else why not. */
    static String whyNotAnswering() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), PROBE_TIMEOUT_MS);
        } catch (IOException e) {
            return "nothing listens: " + e.getMessage();
        }
        String probeUrl = URL + "&connectTimeout=1&socketTimeout=2&loginTimeout=2";
        try (Connection c = DriverManager.getConnection(probeUrl);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select 1")) {
            return rs.next() ? null : "select 1 returned nothing";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
