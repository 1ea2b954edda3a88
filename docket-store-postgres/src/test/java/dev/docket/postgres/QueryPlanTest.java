package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.NewJob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hot statements use the indexes meant for them: claims the partial claim index (with the
 * paused check done once), outcomes the primary key.
 */
class QueryPlanTest {
    private final PostgresFixture fixture = new PostgresFixture();
    private PostgresStore store;
    private PgContext ctx;

    @BeforeEach
    void open() throws Exception {
        store = (PostgresStore) fixture.create(true);
        ctx = new PgContext(fixture.schemaOf(store), null, true);
        List<NewJob> jobs = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            jobs.add(NewJob.of("t" + (i % 4), "q" + (i % 5), "{}").withPriority(i % 10));
        }
        store.jobs().insert(InsertParams.of(jobs, Instant.now()));
        try (Connection c = fixture.connect(store).orElseThrow(); Statement st = c.createStatement()) {
            st.execute("ANALYZE " + ctx.jobs);
            c.commit();
        }
    }

    @AfterEach
    void close() {
        fixture.dispose(store);
    }

    private String explain(ClaimParams p) throws Exception {
        boolean several = p.queues().size() > 1;
        String sql = PgClaim.sql(ctx, several, !p.onlyTypes().isEmpty(), !p.exceptTypes().isEmpty());
        StringBuilder plan = new StringBuilder();
        try (Connection c = fixture.connect(store).orElseThrow();
             PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            new PgClaim(ctx).bind(c, ps, p, several);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            c.rollback();
        }
        return plan.toString();
    }

    private static ClaimParams params(List<String> queues, Set<String> only, Set<String> except) {
        return new ClaimParams(queues, only, except, 200, Duration.ofMinutes(1), "w", Instant.now());
    }

    @Test
    void oneQueueScansTheClaimIndexInOrderWithoutSorting() throws Exception {
        String plan = explain(params(List.of("q1"), null, null));
        assertThat(plan).contains("docket_jobs_claim").doesNotContain("Sort").doesNotContain("Seq Scan on docket_jobs");
        assertThat(plan).contains("One-Time Filter");
        assertThat(explain(params(List.of("q1"), Set.of("t1"), Set.of("t2")))).contains("docket_jobs_claim");
    }

    @Test
    void outcomesReachTheirRowsThroughThePrimaryKeyEvenForLargeBatches() throws Exception {
        List<NewJob> bulk = new ArrayList<>();
        for (int i = 0; i < 45_000; i++) {
            bulk.add(NewJob.of("t", "bulk", "{}"));
        }
        store.jobs().insert(InsertParams.of(bulk, Instant.now()));
        store.jobs().claim(new ClaimParams(List.of("bulk"), null, null, 45_000, Duration.ofMinutes(1), "w",
                Instant.now()));
        try (Connection c = fixture.connect(store).orElseThrow(); Statement st = c.createStatement()) {
            st.execute("ANALYZE " + ctx.jobs);
            c.commit();
        }
        int n = 1_000;
        Long[] ids = new Long[n];
        Integer[] attempts = new Integer[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (long) i + 1;
            attempts[i] = 1;
        }
        StringBuilder plan = new StringBuilder();
        try (Connection c = fixture.connect(store).orElseThrow();
             PreparedStatement ps = c.prepareStatement("EXPLAIN " + new PgOutcomes(ctx, null).succeededSql())) {
            ps.setObject(1, null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setArray(2, c.createArrayOf("int8", ids));
            ps.setArray(3, c.createArrayOf("int4", attempts));
            ps.setArray(4, c.createArrayOf("text", new String[n]));
            ps.setArray(5, c.createArrayOf("int8", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            c.rollback();
        }
        assertThat(plan.toString()).contains("docket_jobs_pkey").doesNotContain("Seq Scan on docket_jobs");
    }

    @Test
    void severalQueuesUseTheClaimIndexWithTheQueueListComputedOnce() throws Exception {
        String plan = explain(params(List.of("q1", "q2"), null, null));
        assertThat(plan).contains("docket_jobs_claim").contains("InitPlan")
                .doesNotContain("Seq Scan on docket_jobs");
    }
}
