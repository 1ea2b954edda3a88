package dev.docket.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hot and maintenance statements walk their partial indexes instead of scanning or sorting jobs. */
class QueryPlanTest {
    @TempDir
    Path dir;

    @Test
    void claimingOneQueueWalksTheClaimIndexInOrder() throws Exception {
        String plan = plan(Claimer.sql(1, 0, 0));
        assertThat(plan).contains("docket_jobs_claim").doesNotContain("TEMP B-TREE");
        assertThat(plan(Claimer.sql(1, 2, 1))).contains("docket_jobs_claim").doesNotContain("TEMP B-TREE FOR ORDER BY");
    }

    @Test
    void claimingSeveralQueuesWalksTheIndexOncePerQueue() throws Exception {
        String plan = plan(Claimer.sql(3, 0, 0));
        assertThat(plan.split("docket_jobs_claim", -1)).as(plan).hasSize(4);
        assertThat(plan).doesNotContain("SCAN docket_jobs ");
    }

    @Test
    void maintenanceUsesItsIndexes() throws Exception {
        assertThat(plan(Maintenance.STAGE)).contains("docket_jobs_due");
        assertThat(plan(Rescuer.EXPIRED)).contains("docket_jobs_leases").doesNotContain("TEMP B-TREE");
        assertThat(plan(Maintenance.PRUNE)).contains("docket_jobs_finished");
    }

    private String plan(String sql) throws Exception {
        Path file = dir.resolve("plan.db");
        try (SqliteStore store = SqliteStore.builder().path(file).build()) {
            store.migrate();
        }
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(rs.getString("detail"));
            }
        }
        return String.join("\n", lines);
    }
}
