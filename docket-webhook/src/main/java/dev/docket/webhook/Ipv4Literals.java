package dev.docket.webhook;

import java.util.regex.Pattern;

/**
 * Recognises IPv4 addresses written in a URL host. Only the canonical form, four decimal numbers
 * 0-255 without leading zeros ({@code 192.0.2.1}), is accepted. Every other numeric form
 * ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}, {@code 127.1}) is ambiguous: browsers
 * read {@code 0177} as octal 127, the JVM reads it as decimal 177, and such forms are the classic
 * way to slip a loopback address past a string check. A host whose last label is a number is
 * treated as an attempt at an IPv4 address, as the WHATWG URL standard does.
 */
final class Ipv4Literals {
    private static final Pattern DECIMAL_OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0[xX][0-9a-fA-F]*");

    private Ipv4Literals() {
    }

    /** The four bytes of {@code host} if it is a canonical dotted-decimal IPv4 address, else null. */
    static byte[] parseCanonical(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!DECIMAL_OCTET.matcher(parts[i]).matches()) {
                return null;
            }
            int value = Integer.parseInt(parts[i]);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    /**
     * Whether {@code host} looks like an IPv4 address in some form: its last label (ignoring one
     * trailing dot) is a decimal, octal or hexadecimal number.
     */
    static boolean looksNumeric(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = h.substring(h.lastIndexOf('.') + 1);
        return !last.isEmpty() && NUMERIC_LABEL.matcher(last).matches();
    }
}
