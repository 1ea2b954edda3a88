package dev.docket.server;

import dev.docket.DocketBuilder;
import dev.docket.Queues;
import dev.docket.web.BearerToken;
import dev.docket.web.DocketWeb;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a {@link DocketServer} runs with. {@link #check()} refuses a configuration that would expose
 * the API without a token: binding anything but a loopback address needs one.
 *
 * @param store the store URL
 * @param bind the address to listen on
 * @param port the port (0 for any free one)
 * @param queues the queues this process works, with their concurrency
 * @param token the API token, or {@code null}
 * @param demo whether the demo job types are registered
 * @param allowPrivateHttp whether {@code http} jobs may call private and loopback addresses
 * @param shutdownGrace how long running jobs may take to finish on stop
 * @param maxBodyBytes the largest request body
 * @param customize further settings of the Docket (tests shorten leases, for instance)
 */
public record ServerSettings(
        String store,
        String bind,
        int port,
        Map<String, Integer> queues,
        String token,
        boolean demo,
        boolean allowPrivateHttp,
        Duration shutdownGrace,
        long maxBodyBytes,
        Consumer<DocketBuilder> customize) {

    public ServerSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(bind, "bind");
        queues = Map.copyOf(queues);
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        customize = customize == null ? b -> { } : customize;
    }

    /** The defaults of {@code docket server}: SQLite in {@code docket-data/}, 127.0.0.1:7070, queue default=10. */
    public static ServerSettings defaults() {
        Map<String, Integer> queues = new LinkedHashMap<>();
        queues.put(Queues.DEFAULT, 10);
        return new ServerSettings("sqlite:docket-data/docket.db", "127.0.0.1", 7070, queues, null, false, false,
                Duration.ofSeconds(30), DocketWeb.DEFAULT_MAX_BODY_BYTES, null);
    }

    public ServerSettings withStore(String value) {
        return new ServerSettings(value, bind, port, queues, token, demo, allowPrivateHttp, shutdownGrace, maxBodyBytes, customize);
    }

    public ServerSettings withBind(String value, int newPort) {
        return new ServerSettings(store, value, newPort, queues, token, demo, allowPrivateHttp, shutdownGrace, maxBodyBytes, customize);
    }

    public ServerSettings withQueues(Map<String, Integer> value) {
        return new ServerSettings(store, bind, port, value, token, demo, allowPrivateHttp, shutdownGrace, maxBodyBytes, customize);
    }

    public ServerSettings withToken(String value) {
        return new ServerSettings(store, bind, port, queues, value, demo, allowPrivateHttp, shutdownGrace, maxBodyBytes, customize);
    }

    public ServerSettings withDemo(boolean value) {
        return new ServerSettings(store, bind, port, queues, token, value, allowPrivateHttp, shutdownGrace, maxBodyBytes, customize);
    }

    public ServerSettings withAllowPrivateHttp(boolean value) {
        return new ServerSettings(store, bind, port, queues, token, demo, value, shutdownGrace, maxBodyBytes, customize);
    }

    public ServerSettings withShutdownGrace(Duration value) {
        return new ServerSettings(store, bind, port, queues, token, demo, allowPrivateHttp, value, maxBodyBytes, customize);
    }

    public ServerSettings withCustomize(Consumer<DocketBuilder> value) {
        return new ServerSettings(store, bind, port, queues, token, demo, allowPrivateHttp, shutdownGrace, maxBodyBytes, value);
    }

    /**
     * Checks the settings before anything is opened.
     *
     * @throws IllegalArgumentException saying what to fix
     */
    public ServerSettings check() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0-65535, was " + port);
        }
        if (token != null) {
            try {
                BearerToken.of(token);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid --token / DOCKET_TOKEN: " + e.getMessage());
            }
        } else if (!isLoopback(bind)) {
            throw new IllegalArgumentException("refusing to listen on " + bind + " without a token: anyone who can "
                    + "reach it could enqueue, cancel and delete jobs. Set --token (or DOCKET_TOKEN), or bind 127.0.0.1");
        }
        if (queues.isEmpty()) {
            throw new IllegalArgumentException("--queues names no queue");
        }
        return this;
    }

    /** Whether {@code host} names only loopback addresses (a wildcard such as 0.0.0.0 does not). */
    static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: unknown host '" + host + "'");
        }
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:7070}. */
    String url(int boundPort) {
        String host = bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
        return "http://" + host + ":" + boundPort;
    }
}
