package dev.docket.web;

import dev.docket.Docket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A {@link DocketWeb} on an in-memory store, called directly (no HTTP server), for unit tests. */
final class WebFixture implements AutoCloseable {
    final Docket docket;
    final DocketWeb web;

    WebFixture(String token) {
        docket = Docket.builder().store("memory:").build();
        web = DocketWeb.builder(docket).token(token).build();
    }

    WebResponse call(String method, String path, String body, Map<String, List<String>> headers) {
        String rawPath = path;
        Map<String, List<String>> query = Map.of();
        int q = path.indexOf('?');
        if (q >= 0) {
            rawPath = path.substring(0, q);
            java.util.Map<String, List<String>> params = new java.util.LinkedHashMap<>();
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                params.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>()).add(kv.length > 1 ? kv[1] : "");
            }
            query = params;
        }
        return web.handle(WebRequest.of(method, rawPath, query, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), "127.0.0.1"));
    }

    WebResponse call(String method, String path, String body) {
        return call(method, path, body, Map.of("Host", List.of("127.0.0.1:7070")));
    }

    @Override
    public void close() {
        web.close();
        docket.close();
    }
}
