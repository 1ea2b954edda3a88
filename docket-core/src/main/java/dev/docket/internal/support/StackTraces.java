package dev.docket.internal.support;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns exceptions into the bounded text kept with a failed attempt. */
public final class StackTraces {
    /** The longest stack trace kept, in characters. */
    public static final int MAX_STACK = 8_000;

    /** The longest message kept, in characters. */
    public static final int MAX_MESSAGE = 2_000;

    private StackTraces() {
    }

    /** {@code ClassName: message}, bounded. */
    public static String message(Throwable t) {
        String text = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return bound(text, MAX_MESSAGE);
    }

    /** The stack trace, bounded. */
    public static String stack(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return bound(out.toString(), MAX_STACK);
    }

    /** {@code text} cut to {@code max} characters, marked when cut. */
    public static String bound(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 15) + "… [truncated]";
    }
}
