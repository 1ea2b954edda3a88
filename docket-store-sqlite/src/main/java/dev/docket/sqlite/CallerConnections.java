package dev.docket.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Checks a connection handed in for a transactional insert: it must be a SQLite connection to this
 * store's file, or the jobs would silently go to another database.
 */
final class CallerConnections {
    private static final String PREFIX = "jdbc:sqlite:";

    private CallerConnections() {
    }

    static void checkSameDatabase(Connection connection, SqliteFile file) {
        String url;
        try {
            url = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalArgumentException("cannot tell which database the given connection is for: " + e, e);
        }
        if (url == null || !url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a transactional insert into the SQLite store " + file.path()
                    + " needs a SQLite connection to that file, not " + url);
        }
        Path given = path(url.substring(PREFIX.length()));
        if (given == null || !sameFile(given, file.path())) {
            throw new IllegalArgumentException("the given connection is for " + url + ", not for the store's file "
                    + file.path());
        }
    }

    private static Path path(String location) {
        String p = location;
        int q = p.indexOf('?');
        if (q >= 0) {
            p = p.substring(0, q);
        }
        if (p.startsWith("file:")) {
            p = p.substring("file:".length());
        }
        if (p.isEmpty() || p.startsWith(":memory:")) {
            return null;
        }
        try {
            return Path.of(p);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
