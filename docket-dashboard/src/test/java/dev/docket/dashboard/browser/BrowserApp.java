package dev.docket.dashboard.browser;

import dev.docket.Docket;
import dev.docket.DocketBuilder;
import dev.docket.dashboard.DocketDashboard;
import dev.docket.web.DocketWeb;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** A running Docket with its API and dashboard on a real HTTP server, for a browser to visit. */
final class BrowserApp implements AutoCloseable {
    final Docket docket;
    final DocketWeb web;
    final TestHttpServer server;
    final String base;
    final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    BrowserApp(String token, String base, boolean start, Consumer<DocketBuilder> customize) {
        DocketBuilder b = Docket.builder().store("memory:").pollInterval(Duration.ofMillis(50));
        customize.accept(b);
        docket = b.build();
        if (start) {
            docket.start();
        }
        this.base = base;
        this.token = token;
        web = DocketWeb.builder(docket).token(token)
                .module(DocketDashboard.builder(docket.admin()).basePath(base).build()).build();
        server = TestHttpServer.start(web);
    }

    /** The absolute URL of a dashboard page ({@code "/"} for the overview). */
    String page(String path) {
        return server.origin() + (path.equals("/") ? (base.isEmpty() ? "/" : base) : base + path);
    }

    /** GET on the API with the token, as a script would. */
    String api(String path) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.origin() + path));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> got = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            if (got.statusCode() != 200) {
                throw new AssertionError(path + " answered " + got.statusCode() + ": " + got.body());
            }
            return got.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until {@code condition} holds (a deadline, never a fixed sleep); fails saying what was awaited. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        server.close();
        web.close();
        docket.close(Duration.ZERO);
    }
}
