package dev.docket.server.support;

import dev.docket.DocketBuilder;
import dev.docket.server.DocketServer;
import dev.docket.server.ServerSettings;
import dev.docket.it.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A real server on a loopback port for tests, on a fresh store: its own SQLite file, or its own
 * PostgreSQL schema (dropped on close). Leases are short so that expiry and rescue happen in
 * seconds.
 */
public final class TestServer implements AutoCloseable {
    /** The stores the API is tested on. */
    public enum Kind { SQLITE, POSTGRES }

    private final DocketServer server;
    private final String schema;
    private final Http http;

    private TestServer(DocketServer server, String schema, String token) {
        this.server = server;
        this.schema = schema;
        this.http = new Http(server.url(), token);
    }

    public static TestServer start(Kind kind) {
        return start(kind, null, b -> { });
    }

    public static TestServer start(Kind kind, String token, Consumer<DocketBuilder> customize) {
        String schema = kind == Kind.POSTGRES ? TestPostgres.get().newSchema("server") : null;
        String url = kind == Kind.POSTGRES ? TestPostgres.get().jdbcUrl(schema) : freshSqlite();
        return start(url, schema, token, customize);
    }

    /** A server on {@code storeUrl}; {@code schema} (may be null) is dropped on close. */
    public static TestServer start(String storeUrl, String schema, String token, Consumer<DocketBuilder> customize) {
        return start(storeUrl, schema, token, customize, s -> s);
    }

    /** As above, with further server settings. */
    public static TestServer start(String storeUrl, String schema, String token, Consumer<DocketBuilder> customize,
                                   java.util.function.UnaryOperator<ServerSettings> adjust) {
        ServerSettings settings = ServerSettings.defaults().withStore(storeUrl).withBind("127.0.0.1", 0)
                .withQueues(Map.of("default", 4)).withDemo(true).withToken(token)
                .withShutdownGrace(Duration.ofSeconds(5))
                .withCustomize(b -> {
                    b.lease(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(100));
                    customize.accept(b);
                });
        return new TestServer(DocketServer.start(adjust.apply(settings)), schema, token);
    }

    public static String freshSqlite() {
        try {
            Path dir = Files.createTempDirectory("docket-server-test-");
            dir.toFile().deleteOnExit();
            return "sqlite:" + dir.resolve("docket.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Http http() {
        return http;
    }

    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    public DocketServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
        if (schema != null) {
            TestPostgres.get().dropSchema(schema);
        }
    }
}
