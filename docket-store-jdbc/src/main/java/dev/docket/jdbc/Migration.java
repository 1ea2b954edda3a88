package dev.docket.jdbc;

import java.util.List;

/**
 * One versioned schema change.
 *
 * @param version increasing from 1
 * @param description what it does (from the file name)
 * @param statements its SQL statements, placeholders already replaced
 */
public record Migration(int version, String description, List<String> statements) {
    public Migration {
        statements = List.copyOf(statements);
    }
}
