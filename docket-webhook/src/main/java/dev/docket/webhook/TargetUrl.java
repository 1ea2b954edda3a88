package dev.docket.webhook;

import dev.docket.NonRetryableException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parsed {@code url} argument: scheme, host, port and request target. Only absolute
 * {@code http} and {@code https} URLs with a host are accepted; credentials in the URL are refused
 * (send an {@code Authorization} header instead), the fragment is dropped.
 *
 * @param scheme {@code http} or {@code https}
 * @param host the host as written, lower case, without IPv6 brackets
 * @param literal the address when the host is an IP literal, else null (a name to resolve)
 * @param port the port, the scheme's default when the URL has none
 * @param requestTarget the path and query to send, at least {@code /}
 */
record TargetUrl(String scheme, String host, InetAddress literal, int port, String requestTarget) {
    static final int MAX_LENGTH = 8192;
    private static final Pattern HOST_NAME =
            Pattern.compile("(?=.{1,253}\\.?$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)*[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.?");
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9a-f:.]+");

    /** Parses and checks {@code url}; the message of the exception names what is wrong. */
    static TargetUrl parse(String url) {
        if (url.length() > MAX_LENGTH) {
            throw invalid("is " + url.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw invalid("contains " + describe(c) + " at index " + i
                        + "; percent-encode spaces, control and non-ASCII characters");
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || uri.isOpaque()) {
            throw invalid("'" + url + "' must be absolute, starting with http:// or https://");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("scheme '" + scheme + "' is not allowed; use http or https");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw invalid("'" + url + "' has no host");
        }
        if (authority.contains("@")) {
            throw invalid("must not contain credentials (user:password@); send them in an Authorization header");
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return authority.startsWith("[")
                ? bracketed(scheme, authority, defaultPort, target)
                : named(scheme, authority, defaultPort, target);
    }

    private static TargetUrl bracketed(String scheme, String authority, int defaultPort, String target) {
        int close = authority.indexOf(']');
        if (close < 0) {
            throw invalid("host '" + authority + "' has no closing ']'");
        }
        String host = authority.substring(1, close).toLowerCase(Locale.ROOT);
        if (host.contains("%")) {
            throw invalid("IPv6 zone ids are not supported (host '" + host + "')");
        }
        if (!IPV6_TEXT.matcher(host).matches() || !host.contains(":")) {
            throw invalid("host '[" + host + "]' is not an IPv6 address");
        }
        InetAddress literal;
        try {
            literal = InetAddress.getByName("[" + host + "]");
        } catch (UnknownHostException e) {
            throw invalid("host '[" + host + "]' is not an IPv6 address");
        }
        int port = port(authority.substring(close + 1), defaultPort, authority);
        return new TargetUrl(scheme, host, literal, port, target);
    }

    private static TargetUrl named(String scheme, String authority, int defaultPort, String target) {
        int colon = authority.lastIndexOf(':');
        String host = (colon < 0 ? authority : authority.substring(0, colon)).toLowerCase(Locale.ROOT);
        int port = port(colon < 0 ? "" : authority.substring(colon), defaultPort, authority);
        if (host.isEmpty()) {
            throw invalid("has no host");
        }
        byte[] v4 = Ipv4Literals.parseCanonical(host);
        if (v4 != null) {
            try {
                return new TargetUrl(scheme, host, InetAddress.getByAddress(v4), port, target);
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are always an IPv4 address", e);
            }
        }
        if (Ipv4Literals.looksNumeric(host)) {
            throw new RefusedDestinationException("url host '" + host + "' is a numeric address in a non-canonical form"
                    + " (decimal, octal, hexadecimal or shortened), which different parsers read differently;"
                    + " write IPv4 addresses as four decimal numbers, like 192.0.2.10");
        }
        if (!HOST_NAME.matcher(host).matches()) {
            throw invalid("host '" + host + "' is not a valid host name (letters, digits, '-', '_' and dots;"
                    + " use the xn-- form for international names)");
        }
        return new TargetUrl(scheme, host, null, port, target);
    }

    private static int port(String rest, int defaultPort, String authority) {
        if (rest.isEmpty() || rest.equals(":")) {
            return defaultPort;
        }
        if (!rest.startsWith(":") || !rest.substring(1).matches("[0-9]{1,5}")) {
            throw invalid("authority '" + authority + "' has an invalid port");
        }
        int port = Integer.parseInt(rest.substring(1));
        if (port < 1 || port > 65535) {
            throw invalid("port " + port + " is out of range 1-65535");
        }
        return port;
    }

    /** The value of the {@code Host} header: the host, bracketed if IPv6, with the port unless default. */
    String hostHeader() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        return defaultPort ? h : h + ":" + port;
    }

    /** The URL without its query, for messages (queries often carry secrets). */
    String display() {
        int q = requestTarget.indexOf('?');
        return scheme + "://" + hostHeader() + (q < 0 ? requestTarget : requestTarget.substring(0, q));
    }

    boolean tls() {
        return scheme.equals("https");
    }

    private static String describe(char c) {
        return c == ' ' ? "a space" : String.format("character U+%04X", (int) c);
    }

    private static NonRetryableException invalid(String problem) {
        return new NonRetryableException("invalid http job arguments: url " + problem);
    }
}
