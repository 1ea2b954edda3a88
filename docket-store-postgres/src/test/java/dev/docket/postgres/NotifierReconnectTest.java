package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.it.TestPostgres;
import dev.docket.spi.Notifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notifier comes back by itself after its connection is killed. */
class NotifierReconnectTest {
    private final PostgresFixture fixture = new PostgresFixture();
    private PostgresStore store;

    @BeforeEach
    void open() {
        store = (PostgresStore) fixture.create(true);
    }

    @AfterEach
    void close() {
        fixture.dispose(store);
    }

    @Test
    void deliveryResumesAfterTheListeningBackendIsTerminated() throws Exception {
        PgNotifier notifier = store.pgNotifier();
        try (Inbox inbox = Inbox.on(notifier)) {
            assertThat(notifier.listening()).isTrue();
            store.notifier().publish(Notifier.CONTROL, "before");
            inbox.awaitMessage("control:before");

            int killed = notifier.backendPid();
            try (Connection admin = TestPostgres.get().connect(null);
                 PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                ps.setInt(1, killed);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).isTrue();
                }
            }
            Await.until("a new listening connection", Duration.ofSeconds(10),
                    () -> notifier.listening() && notifier.backendPid() != killed);
            store.notifier().publish(Notifier.CONTROL, "after");
            inbox.awaitMessage("control:after");
        }
    }
}
