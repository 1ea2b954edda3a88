package dev.docket.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.docket.web.ApiErrors;
import dev.docket.web.DocketWeb;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands JDK {@link HttpExchange}s to {@link DocketWeb}. The body is read only up to the limit: a
 * larger {@code Content-Length} is refused with 413 before any of it is read, and a chunked body is
 * cut off one byte past the limit; the connection is then closed.
 */
final class JdkHttpAdapter implements HttpHandler {
    private final DocketWeb web;
    private final Object lock = new Object();
    private int active;
    private boolean draining;

    JdkHttpAdapter(DocketWeb web) {
        this.web = web;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!enter()) {
            try {
                write(exchange, ApiErrors.body(503, "unavailable", "the server is stopping; try again")
                        .withHeader("Connection", "close").withHeader("Retry-After", "1"));
            } finally {
                exchange.close();
            }
            return;
        }
        try {
            write(exchange, answer(exchange));
        } finally {
            exchange.close();
            leave();
        }
    }

    /**
     * Refuses new requests (503) and waits until those in progress are answered, or {@code millis}
     * pass. Returns whether all were answered.
     */
    boolean drain(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        synchronized (lock) {
            draining = true;
            while (active > 0) {
                long left = (end - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                lock.wait(left);
            }
            return true;
        }
    }

    private boolean enter() {
        synchronized (lock) {
            if (draining) {
                return false;
            }
            active++;
            return true;
        }
    }

    private void leave() {
        synchronized (lock) {
            active--;
            lock.notifyAll();
        }
    }

    private WebResponse answer(HttpExchange exchange) throws IOException {
        long limit = web.maxBodyBytes();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declaredLength(declared) > limit) {
            return tooLarge(limit);
        }
        byte[] body = readAtMost(exchange.getRequestBody(), limit + 1);
        if (body.length > limit) {
            return tooLarge(limit);
        }
        Map<String, List<String>> query;
        try {
            query = parseQuery(exchange.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            return ApiErrors.body(400, "invalid_request", "malformed query string: " + e.getMessage());
        }
        InetSocketAddress remote = exchange.getRemoteAddress();
        return web.handle(WebRequest.of(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), query,
                exchange.getRequestHeaders(), body, remote == null ? null : remote.getAddress().getHostAddress()));
    }

    private static WebResponse tooLarge(long limit) {
        return ApiErrors.body(413, "payload_too_large", "the request body is larger than " + limit + " bytes")
                .withHeader("Connection", "close");
    }

    private static long declaredLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[8192];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int n;
        while (out.size() < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) > 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static void write(HttpExchange exchange, WebResponse response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body();
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), body.length == 0 || head ? -1 : body.length);
        if (body.length > 0 && !head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
