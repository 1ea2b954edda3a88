package dev.docket.reliability.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Polls a server's {@code /health} every 100 ms and remembers when it last said {@code degraded}
 * (503) and when it last said {@code up} (200), so a scenario can ask how the server described an
 * outage and how soon it recovered.
 */
public final class HealthWatch implements AutoCloseable {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI health;
    private final AtomicLong lastDegraded = new AtomicLong();
    private final AtomicLong lastUp = new AtomicLong();
    private final AtomicReference<String> degradedBody = new AtomicReference<>("");
    private final Thread thread;
    private volatile boolean stopping;

    public HealthWatch(String baseUrl) {
        this.health = URI.create(baseUrl + "/health");
        this.thread = new Thread(this::poll, "health-watch");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void poll() {
        while (!stopping) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long now = System.currentTimeMillis();
                if (r.statusCode() == 200) {
                    lastUp.set(now);
                } else if (r.statusCode() == 503 && r.body().contains("degraded")) {
                    lastDegraded.set(now);
                    degradedBody.set(r.body());
                }
            } catch (Exception e) {
                // the server itself is never down in these scenarios; try again
            }
            Await.pause(100);
        }
    }

    /** When /health last answered 503 degraded (ms), or 0. */
    public long lastDegraded() {
        return lastDegraded.get();
    }

    /** When /health last answered 200 (ms), or 0. */
    public long lastUp() {
        return lastUp.get();
    }

    /** The last degraded answer's body. */
    public String degradedBody() {
        return degradedBody.get();
    }

    @Override
    public void close() {
        stopping = true;
    }
}
