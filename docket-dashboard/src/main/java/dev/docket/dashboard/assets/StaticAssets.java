package dev.docket.dashboard.assets;

import dev.docket.web.WebResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's static files, read once from the class path: the vendored htmx and uPlot (see
 * {@code VERSIONS} beside them) and the dashboard's own script and style sheet. Nothing is loaded
 * from another server, so the dashboard works without internet access. URLs carry a hash of the
 * content ({@code ?v=…}), so browsers may cache them for good and still see a new version at once.
 */
public final class StaticAssets {
    /** The files served, by name. */
    public static final List<String> FILES = List.of(
            "htmx.min.js", "uPlot.iife.min.js", "uPlot.min.css", "dashboard.js", "dashboard.css", "favicon.svg");
    private static final String DIR = "/dev/docket/dashboard/static/";

    private record Asset(byte[] bytes, String contentType, String version) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    /** Reads every file; a missing one is a packaging error. */
    public StaticAssets() {
        for (String name : FILES) {
            byte[] bytes = read(name);
            assets.put(name, new Asset(bytes, contentType(name), hash(bytes)));
        }
    }

    /** The versioned URL of {@code name} under {@code base} (the dashboard's base path). */
    public String url(String base, String name) {
        Asset a = assets.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no static file named " + name);
        }
        return base + "/static/" + name + "?v=" + a.version();
    }

    /**
     * The response for {@code name}: cached for a year when the URL names the current version,
     * else revalidated each time; empty when there is no such file.
     */
    public Optional<WebResponse> response(String name, String version) {
        Asset a = assets.get(name);
        if (a == null) {
            return Optional.empty();
        }
        String cache = a.version().equals(version) ? "public, max-age=31536000, immutable" : "no-cache";
        return Optional.of(WebResponse.of(200, a.contentType(), a.bytes()).withHeader("Cache-Control", cache)
                .withHeader("ETag", "\"" + a.version() + "\""));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("static file " + DIR + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read static file " + name, e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        throw new IllegalArgumentException("no content type known for " + name);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
