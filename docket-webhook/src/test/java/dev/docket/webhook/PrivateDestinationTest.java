package dev.docket.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.docket.JobFunction;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With private destinations not allowed (the default), a listener on loopback is never contacted,
 * however its address is written; the same URLs work once they are allowed.
 */
class PrivateDestinationTest {
    private CanaryListener canary;

    @BeforeEach
    void start() throws Exception {
        canary = CanaryListener.onLoopback();
    }

    @AfterEach
    void stop() throws Exception {
        canary.close();
    }

    @Test
    void loopbackIsRefusedAndNothingReachesTheListener() {
        HostResolver names = host -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        JobFunction<Map<String, Object>, Map<String, Object>> handler =
                HttpJobs.handler(new HttpJobOptions().resolver(names));
        int port = canary.port();
        List<String> urls = List.of(
                "http://127.0.0.1:" + port + "/hook",
                "http://[::ffff:127.0.0.1]:" + port + "/hook",
                "http://[::ffff:7f00:1]:" + port + "/hook",
                "http://localhost:" + port + "/hook",
                "http://canary.example.com:" + port + "/hook",
                "https://canary.example.com:" + port + "/hook",
                "http://2130706433:" + port + "/hook",
                "http://0177.0.0.1:" + port + "/hook",
                "http://0x7f.1:" + port + "/hook",
                "http://127.1:" + port + "/hook");
        for (String url : urls) {
            assertThatThrownBy(() -> handler.handle(Map.of("url", url), new TestContext()))
                    .as(url)
                    .isInstanceOf(RefusedDestinationException.class);
        }
        assertThat(canary.connections()).as("connections that reached the canary").isZero();
    }

    @Test
    void theSameUrlIsDeliveredWhenPrivateDestinationsAreAllowed() throws Exception {
        try (TestServer server = new TestServer()) {
            server.answer("/hook", 200, "ok");
            Map<String, Object> args = Map.of("url", server.url("/hook"));
            assertThatThrownBy(() -> HttpJobs.handler(new HttpJobOptions()).handle(args, new TestContext()))
                    .isInstanceOf(RefusedDestinationException.class)
                    .hasMessage("refused destination 127.0.0.1 is a loopback address (127.0.0.0/8); "
                            + DestinationGuard.HOW_TO_ALLOW);
            assertThat(server.received()).isEmpty();

            Map<String, Object> result = HttpJobs.handler(new HttpJobOptions().allowPrivateDestinations(true))
                    .handle(args, new TestContext());
            assertThat(result).containsEntry("status", 200);
            assertThat(server.received()).hasSize(1);
        }
    }
}
