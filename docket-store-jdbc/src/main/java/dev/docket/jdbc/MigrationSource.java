package dev.docket.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads migrations from class-path resources: a folder holding {@code index.txt} (one file name a
 * line, e.g. {@code V001__create_jobs.sql}) and the files it names. {@code ${name}} placeholders
 * are replaced from a map (e.g. {@code ${schema}}).
 */
public final class MigrationSource {
    private static final Pattern FILE = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private MigrationSource() {
    }

    /** Loads the migrations under {@code folder} (e.g. {@code dev/docket/postgres/migrations}). */
    public static List<Migration> load(ClassLoader loader, String folder, Map<String, String> placeholders) {
        List<Migration> result = new ArrayList<>();
        for (String line : read(loader, folder + "/index.txt").split("\n")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = FILE.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("bad migration file name '" + name + "' in " + folder);
            }
            int version = Integer.parseInt(m.group(1));
            if (version != result.size() + 1) {
                throw new IllegalStateException("migration " + name + " out of order: expected version "
                        + (result.size() + 1));
            }
            String sql = substitute(read(loader, folder + "/" + name), placeholders);
            result.add(new Migration(version, m.group(2).replace('_', ' '), SqlScript.split(sql)));
        }
        return List.copyOf(result);
    }

    private static String substitute(String sql, Map<String, String> placeholders) {
        String out = sql;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        if (out.contains("${")) {
            throw new IllegalStateException("unreplaced placeholder in migration: "
                    + out.substring(out.indexOf("${"), Math.min(out.length(), out.indexOf("${") + 30)));
        }
        return out;
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
