package dev.docket.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * https against a local server with a self-signed certificate for {@code hooks.test}: the client
 * sends the host name as SNI and checks the certificate against the host name, not the address it
 * connected to.
 */
class HttpsDeliveryTest {
    private static final String NAME = "hooks.test";

    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static SelfSignedCertificate certificate;
    private static final List<String> sniNames = new CopyOnWriteArrayList<>();
    private static final AtomicInteger requests = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        certificate = SelfSignedCertificate.forName(NAME, dir);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setSNIMatchers(List.of(new RecordingMatcher()));
                params.setSSLParameters(ssl);
            }
        });
        server.createContext("/hook", ex -> {
            requests.incrementAndGet();
            byte[] body = "secure".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void deliversOverTlsWithSniAndTheHostNameChecked() throws Exception {
        var handler = HttpJobs.handler(options().sslContext(certificate.clientContextTrustingIt()));
        Map<String, Object> result = handler.handle(Map.of("url", url(NAME)), new TestContext());
        assertThat(result).containsEntry("status", 200).containsEntry("body", "secure");
        assertThat(sniNames).contains(NAME);
    }

    @Test
    void aCertificateForAnotherNameIsRejectedAndRetried() throws Exception {
        var handler = HttpJobs.handler(options().sslContext(certificate.clientContextTrustingIt()));
        int before = requests.get();
        assertThatThrownBy(() -> handler.handle(Map.of("url", url("other.test")), new TestContext()))
                .isInstanceOf(HttpDeliveryException.class)
                .hasMessageContaining("TLS failed while negotiating TLS with 127.0.0.1")
                .hasMessageContaining("other.test");
        assertThatThrownBy(() -> handler.handle(
                Map.of("url", "https://127.0.0.1:" + server.getAddress().getPort() + "/hook"), new TestContext()))
                .as("the address alone is not what the certificate names")
                .isInstanceOf(HttpDeliveryException.class)
                .hasMessageContaining("TLS failed");
        assertThat(requests.get()).isEqualTo(before);
    }

    @Test
    void anUntrustedCertificateIsRejected() {
        var handler = HttpJobs.handler(options());
        assertThatThrownBy(() -> handler.handle(Map.of("url", url(NAME)), new TestContext()))
                .isInstanceOf(HttpDeliveryException.class)
                .hasMessageContaining("TLS failed");
    }

    private static HttpJobOptions options() {
        HostResolver toLoopback = host -> {
            if (host.endsWith(".test")) {
                return List.of(InetAddress.getLoopbackAddress());
            }
            throw new UnknownHostException(host);
        };
        return new HttpJobOptions().allowPrivateDestinations(true).resolver(toLoopback);
    }

    private static String url(String host) {
        return "https://" + host + ":" + server.getAddress().getPort() + "/hook";
    }

    /** Accepts every server name and remembers it. */
    private static final class RecordingMatcher extends SNIMatcher {
        RecordingMatcher() {
            super(0);
        }

        @Override
        public boolean matches(SNIServerName name) {
            if (name instanceof SNIHostName host) {
                sniNames.add(host.getAsciiName());
            }
            return true;
        }
    }
}
