package dev.docket.jdbc;

import dev.docket.StoreException;
import java.sql.SQLException;
import java.util.Map;

/** Small JDBC helpers shared by the SQL stores. */
public final class Sql {
    private Sql() {
    }

    /** Wraps {@code e} as a {@link StoreException} that says what was being done. */
    public static StoreException failure(String doing, SQLException e) {
        return new StoreException(doing + " failed: " + e.getMessage(), e);
    }

    /** Escapes a string for a LIKE pattern with {@code \} as the escape character. */
    public static String likeContains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Checks an SQL identifier (schema, table prefix) so it can be put into statements safely. */
    public static String checkIdentifier(String what, String name) {
        if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("invalid " + what + " '" + name
                    + "': use letters, digits and _ (at most 63), starting with a letter or _");
        }
        return name;
    }

    /** Parses {@code a=1&b=2} style query parameters of a URL (no decoding beyond %XX). */
    public static Map<String, String> queryParameters(String url) {
        int q = url.indexOf('?');
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        if (q < 0) {
            return out;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(java.net.URLDecoder.decode(k, java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }
}
