package dev.docket.webhook;

import java.util.Locale;
import java.util.Set;

/**
 * What a job may put in its request headers. Names must be HTTP tokens; values printable ASCII
 * (space and tab allowed), so a value can never end a header line and start another (header
 * injection through CR/LF). The headers that frame the message are set by the job type itself.
 */
final class HeaderRules {
    static final int MAX_HEADERS = 100;
    static final int MAX_NAME_LENGTH = 256;
    static final int MAX_VALUE_LENGTH = 8192;

    /** Set by the client: they decide how the message is framed and where it goes. */
    static final Set<String> RESERVED = Set.of("host", "content-length", "transfer-encoding", "connection",
            "keep-alive", "upgrade", "te", "trailer", "expect", "proxy-connection");

    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HeaderRules() {
    }

    /** Why {@code name} cannot be sent, or null when it can. */
    static String nameProblem(String name) {
        if (name.isEmpty()) {
            return "a header name is empty";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return "header name '" + name.substring(0, 40) + "…' is longer than " + MAX_NAME_LENGTH + " characters";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isTokenChar(c)) {
                return "header name '" + printable(name) + "' contains " + describe(c)
                        + "; names may hold only letters, digits and " + TOKEN_SYMBOLS;
            }
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return "header '" + name + "' is set by the http job type and may not be given";
        }
        return null;
    }

    /** Why the value of header {@code name} cannot be sent, or null when it can. */
    static String valueProblem(String name, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            return "header '" + name + "' is longer than " + MAX_VALUE_LENGTH + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                return "header '" + name + "' contains a line break (CR or LF), which would inject headers";
            }
            if (!isValueChar(c)) {
                return "header '" + name + "' contains " + describe(c) + "; values must be printable ASCII";
            }
        }
        return null;
    }

    /** Whether {@code value} can be sent as a header value. */
    static boolean isValidValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!isValueChar(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }

    private static boolean isValueChar(char c) {
        return c == '\t' || (c >= 0x20 && c < 0x7F);
    }

    private static String describe(char c) {
        return c == ' ' ? "a space" : String.format("character U+%04X", (int) c);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 60; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return b.toString();
    }
}
