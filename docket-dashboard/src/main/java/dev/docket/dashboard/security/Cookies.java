package dev.docket.dashboard.security;

import dev.docket.web.WebRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code Cookie} header and writes {@code Set-Cookie} values. Every cookie the dashboard
 * sets is {@code HttpOnly; SameSite=Strict} with the dashboard's {@code Path}, and {@code Secure}
 * when the request came over https.
 */
final class Cookies {
    private Cookies() {
    }

    /** Every value sent for cookie {@code name} (a browser may send several, from different paths). */
    static List<String> values(WebRequest request, String name) {
        List<String> out = new ArrayList<>();
        String header = request.header("Cookie");
        if (header == null) {
            return out;
        }
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
                String v = part.substring(eq + 1).trim();
                if (!v.isEmpty() && v.length() <= 200) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /** A {@code Set-Cookie} value for a cookie the browser keeps until it closes. */
    static String set(String name, String value, String path, boolean secure) {
        return name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** A {@code Set-Cookie} value that removes the cookie. */
    static String clear(String name, String path, boolean secure) {
        return name + "=; Path=" + path + "; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /**
     * Whether the browser reached us over https, as far as can be told: a TLS-terminating proxy's
     * {@code X-Forwarded-Proto} or {@code Forwarded} header, or an https {@code Origin}.
     */
    static boolean overHttps(WebRequest request) {
        String proto = request.header("X-Forwarded-Proto");
        if (proto != null && proto.trim().toLowerCase(Locale.ROOT).startsWith("https")) {
            return true;
        }
        String forwarded = request.header("Forwarded");
        if (forwarded != null && forwarded.toLowerCase(Locale.ROOT).replace(" ", "").contains("proto=https")) {
            return true;
        }
        String origin = request.header("Origin");
        return origin != null && origin.toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
