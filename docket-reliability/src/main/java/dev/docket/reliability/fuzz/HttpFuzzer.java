package dev.docket.reliability.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the fuzzer's requests to a server from several threads at once and keeps score: answers by
 * status class and by kind, every 5xx with the request that caused it, requests that did not
 * answer in time (hangs), and connections the server cut (allowed for oversized bodies).
 */
public final class HttpFuzzer {
    /** What the run showed. */
    public record Report(long sent, Map<String, Long> byStatus, List<String> serverErrors, List<String> hangs,
                         Map<String, Long> connectionsCut, long maxMillis) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public HttpFuzzer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Sends {@code count} requests made from {@code seed}, {@code threads} at a time. */
    public Report run(long seed, int count, int threads, String token) throws Exception {
        OpenApiDoc doc = OpenApiDoc.load();
        Map<String, Long> byStatus = new ConcurrentHashMap<>();
        List<String> serverErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> hangs = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> cut = new ConcurrentHashMap<>();
        AtomicLong max = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RequestMaker maker = new RequestMaker(doc, seed + t, token);
                int share = count / threads + (t < count % threads ? 1 : 0);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        FuzzRequest r = maker.next();
                        long start = System.nanoTime();
                        try {
                            int status = send(r);
                            byStatus.merge(status / 100 + "xx", 1L, Long::sum);
                            if (status >= 500) {
                                serverErrors.add(status + " for " + r.describe());
                            }
                        } catch (HttpTimeoutException e) {
                            hangs.add(r.describe());
                        } catch (IOException e) {
                            cut.merge(r.kind(), 1L, Long::sum);
                        } catch (IllegalArgumentException e) {
                            continue; // a request the HTTP client itself will not send
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        max.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        return new Report(count, Map.copyOf(byStatus), List.copyOf(serverErrors), List.copyOf(hangs),
                Map.copyOf(cut), max.get());
    }

    private int send(FuzzRequest r) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = r.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(r.body());
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(baseUrl + r.target())).timeout(TIMEOUT).method(r.method(), body);
        } catch (IllegalArgumentException e) {
            // a target the client itself refuses to send (e.g. a raw '%'): send it percent-encoded instead
            b = HttpRequest.newBuilder(URI.create(baseUrl + r.target().replace("%", "%25"))).timeout(TIMEOUT)
                    .method(r.method(), body);
        }
        if (r.contentType() != null && r.body() != null) {
            b.header("Content-Type", r.contentType());
        }
        if (r.token() != null) {
            b.header("Authorization", "Bearer " + r.token());
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
