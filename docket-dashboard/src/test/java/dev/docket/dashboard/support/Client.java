package dev.docket.dashboard.support;

import dev.docket.web.DocketWeb;
import dev.docket.web.WebRequest;
import dev.docket.web.WebResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as handler tests need one: keeps cookies, sends {@code Host}, and on POST the
 * {@code Origin} and {@code Sec-Fetch-Site} a same-origin page would send. Calls the
 * {@link DocketWeb} directly, no HTTP server.
 */
public final class Client {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final DocketWeb web;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String host = "127.0.0.1:7070";
    private String address = "127.0.0.1";
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    Client(DocketWeb web) {
        this.web = web;
    }

    /** Sends {@code Host: host} from now on. */
    public Client host(String value) {
        this.host = value;
        return this;
    }

    /** Calls from {@code remote} from now on. */
    public Client from(String remote) {
        this.address = remote;
        return this;
    }

    /** Sends this header on every request from now on ({@code null} removes it). */
    public Client header(String name, String value) {
        if (value == null) {
            extraHeaders.remove(name);
        } else {
            extraHeaders.put(name, value);
        }
        return this;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    public WebResponse get(String url) {
        return call("GET", url, null, Map.of());
    }

    /** A same-origin form post with the given fields (name-value pairs), as a page would send it. */
    public WebResponse post(String url, String... fields) {
        return call("POST", url, form(fields), Map.of("Origin", "http://" + host, "Sec-Fetch-Site", "same-origin",
                "Content-Type", "application/x-www-form-urlencoded"));
    }

    /** A same-origin form post carrying the CSRF token of the page at {@code pageUrl}. */
    public WebResponse postFrom(String pageUrl, String url, String... fields) {
        String token = csrfOf(get(pageUrl));
        String[] all = new String[fields.length + 2];
        all[0] = "_csrf";
        all[1] = token;
        System.arraycopy(fields, 0, all, 2, fields.length);
        return post(url, all);
    }

    /** The CSRF token in a page's forms. */
    public static String csrfOf(WebResponse page) {
        Matcher m = CSRF.matcher(page.bodyText());
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page (status " + page.status() + "):\n" + page.bodyText());
        }
        return m.group(1);
    }

    /** Any request. */
    public WebResponse call(String method, String url, String body, Map<String, String> headers) {
        String path = url;
        Map<String, List<String>> query = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q >= 0) {
            path = url.substring(0, q);
            for (String pair : url.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        Map<String, List<String>> h = new LinkedHashMap<>();
        h.put("Host", List.of(host));
        extraHeaders.forEach((k, v) -> h.put(k, List.of(v)));
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        if (!cookies.isEmpty() && !headers.containsKey("Cookie")) {
            StringBuilder sb = new StringBuilder();
            cookies.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            h.put("Cookie", List.of(sb.toString()));
        }
        WebResponse r = web.handle(WebRequest.of(method, path, query, h,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), address));
        String set = r.headers().get("Set-Cookie");
        if (set != null) {
            String pair = set.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || set.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return r;
    }

    static String form(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] == null) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
