package dev.docket.jdbc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements at semicolons, ignoring those inside quotes, comments and
 * dollar-quoted blocks ({@code $$ … $$}).
 */
public final class SqlScript {
    private SqlScript() {
    }

    /** The statements of {@code script}, trimmed, without empty ones. */
    public static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean single = false;
        boolean dollar = false;
        boolean lineComment = false;
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            char next = i + 1 < n ? script.charAt(i + 1) : '\0';
            if (lineComment) {
                if (c == '\n') {
                    lineComment = false;
                    current.append(c);
                }
                continue;
            }
            if (!single && !dollar && c == '-' && next == '-') {
                lineComment = true;
                i++;
                continue;
            }
            if (!dollar && c == '\'') {
                single = !single;
            } else if (!single && c == '$' && next == '$') {
                dollar = !dollar;
                current.append("$$");
                i++;
                continue;
            } else if (!single && !dollar && c == ';') {
                add(out, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder statement) {
        String s = statement.toString().trim();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
