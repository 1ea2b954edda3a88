package dev.docket.example;

import dev.docket.spring.DocketJob;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes the users report as CSV. */
@Component
public class Reports {
    /** Arguments of the {@code report.users} job: the report's file name. */
    public record UserReport(String name) {
    }

    private final JdbcClient jdbc;
    private final StorageProperties storage;

    public Reports(JdbcClient jdbc, StorageProperties storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    /** Writes every user as a CSV row; returns how many. */
    @DocketJob(value = "report.users", timeout = "5m")
    public int write(UserReport args) throws IOException {
        List<String> rows = jdbc.sql("SELECT id || ',' || email || ',' || created_at FROM app_users ORDER BY id")
                .query(String.class).list();
        Path file = storage.dir("reports").resolve(args.name());
        Path partial = file.resolveSibling(args.name() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("id,email,created_at\n");
            for (String row : rows) {
                out.write(row);
                out.write('\n');
            }
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return rows.size();
    }
}
