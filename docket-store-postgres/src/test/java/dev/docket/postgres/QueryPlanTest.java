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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hot statements use the indexes meant for them: claims the partial claim index (with the
 * paused check done once), outcomes and lease renewals the primary key, never the running-leases
 * index, whatever the statistics say.
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
        analyze();
    }

    /** 45,000 more jobs, in queue {@code bulk}. */
    private void insertBulk() {
        List<NewJob> bulk = new ArrayList<>();
        for (int i = 0; i < 45_000; i++) {
            bulk.add(NewJob.of("t", "bulk", "{}"));
        }
        store.jobs().insert(InsertParams.of(bulk, Instant.now()));
    }

    private void analyze() throws Exception {
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
        return explain(p, null);
    }

    private String explain(ClaimParams p, ClaimHints.Hint hint) throws Exception {
        boolean several = p.queues().size() > 1;
        String sql = PgClaim.sql(ctx, several, !p.onlyTypes().isEmpty(), !p.exceptTypes().isEmpty(), hint != null);
        StringBuilder plan = new StringBuilder();
        try (Connection c = fixture.connect(store).orElseThrow();
             PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            new PgClaim(ctx).bind(c, ps, p, p.limit(), hint);
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
    void aHintedClaimStartsItsIndexRangePastTheHint() throws Exception {
        ClaimHints.Hint hint = new ClaimHints.Hint(0, Instant.now().minusSeconds(60), 42, 0, true);
        ClaimParams p = new ClaimParams(List.of("q1"), Set.of("t1"), null, 20, Duration.ofMinutes(1), "w",
                Instant.now());
        String plan = explain(p, hint);
        // the hint bounds the index range itself (a start key), not a filter over the walked entries
        assertThat(plan).contains("Index Scan using docket_jobs_claim")
                .contains("Index Cond: ((queue = 'q1'::text) AND (ROW(priority, run_at, id) > ")
                .doesNotContain("Sort").doesNotContain("Seq Scan on docket_jobs");
    }

    @Test
    void outcomesReachTheirRowsThroughThePrimaryKey() throws Exception {
        insertBulk();
        store.jobs().claim(new ClaimParams(List.of("bulk"), null, null, 45_000, Duration.ofMinutes(1), "w",
                Instant.now()));
        analyze();
        runningRowPlans().forEach((what, plan) -> assertThat(plan).as(what).contains("docket_jobs_pkey")
                .doesNotContain("Seq Scan on docket_jobs").doesNotContain("docket_jobs_leases"));
    }

    @Test
    void runningRowWritesNeverWalkTheLeasesIndexWhenTheStatisticsSayFewJobsRun() throws Exception {
        // the state of a table vacuumed almost empty: the running-leases index looks tiny to the
        // planner, however many dead entries it still holds
        store.jobs().claim(new ClaimParams(List.of("q1"), null, null, 10, Duration.ofMinutes(1), "w", Instant.now()));
        analyze();
        // on a table this small a scan of it is cheap; the leases index, once bloated, is not
        runningRowPlans().forEach((what, plan) -> assertThat(plan).as(what).doesNotContain("docket_jobs_leases"));
    }

    @Test
    void uniformBatchesReachTheirRowsByIdOnATableVacuumedAlmostEmpty() throws Exception {
        // every job gone but the last, then vacuumed: the statistics say the table holds one row,
        // while its pages and its primary key still span 50,000 jobs
        insertBulk();
        try (Connection c = fixture.connect(store).orElseThrow(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("DELETE FROM " + ctx.jobs + " WHERE id < (SELECT max(id) FROM " + ctx.jobs + ")");
            st.execute("VACUUM " + ctx.jobs);
        }
        // the generic plan is the one a statement reused many times runs (its batch size unknown
        // to the planner); the plan for the bound values weighs the real batch
        Map<String, String> uniform = new LinkedHashMap<>();
        runningRowPlans().forEach((what, plan) -> {
            if (what.contains("c.attempts[1]") && what.startsWith("force_generic_plan")) {
                uniform.put(what, plan);
            }
        });
        assertThat(uniform).as("the uniform success, deletion and renewal statements").hasSize(3);
        uniform.forEach((what, plan) -> assertThat(plan).as(what)
                .containsPattern("Index Cond: \\(id = ANY \\(\\$[0-9]\\)\\)")
                .doesNotContain("Seq Scan on docket_jobs").doesNotContain("docket_jobs_leases"));
    }

    /**
     * The plans of the outcome statements for successes (marked or deleted; joined with the batch,
     * or uniform) and of lease renewal (joined, or uniform), for a batch of 200:
     * the plan for the bound values and the generic plan a reused statement may switch to.
     */
    private Map<String, String> runningRowPlans() throws Exception {
        Map<String, String> plans = new LinkedHashMap<>();
        int n = 200;
        Long[] ids = new Long[n];
        Integer[] attempts = new Integer[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (long) i + 1;
            attempts[i] = 1;
        }
        String idList = Arrays.toString(ids).replace('[', '{').replace(']', '}');
        String attemptList = Arrays.toString(attempts).replace('[', '{').replace(']', '}');
        PgOutcomes outcomes = new PgOutcomes(ctx, null);
        List<String[]> statements = new ArrayList<>();
        for (String sql : List.of(outcomes.succeededSql(), outcomes.succeededUniformSql())) {
            statements.add(new String[] {"(timestamptz, int8[], int4[], text[])", sql,
                "(NULL, '" + idList + "', '" + attemptList + "', NULL)"});
        }
        for (String sql : outcomes.deleteSucceededSql()) {
            statements.add(new String[] {"(int8[], int4[])", sql, "('" + idList + "', '" + attemptList + "')"});
        }
        for (String sql : new PgLeases(ctx, null).renewSql()) {
            statements.add(new String[] {"(int8, timestamptz, int8[], int4[], text[])", sql,
                "(60000, NULL, '" + idList + "', '" + attemptList + "', NULL)"});
        }
        for (String[] statement : statements) {
            for (String mode : List.of("force_custom_plan", "force_generic_plan")) {
                plans.put(mode + ": " + statement[1], explainPrepared(mode, statement[0], statement[1], statement[2]));
            }
        }
        return plans;
    }

    private String explainPrepared(String mode, String signature, String sql, String args) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection c = fixture.connect(store).orElseThrow()) {
            try (Statement st = c.createStatement()) {
                st.execute("SET LOCAL plan_cache_mode = " + mode);
                st.execute("PREPARE outcome" + signature + " AS " + numbered(sql));
                try (ResultSet rs = st.executeQuery("EXPLAIN EXECUTE outcome" + args)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
            c.rollback();
        }
        return plan.toString();
    }

    /** {@code sql} with its {@code ?} placeholders numbered {@code $1, $2, ...} for PREPARE. */
    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                out.append('$').append(++n);
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    @Test
    void severalQueuesUseTheClaimIndexWithTheQueueListComputedOnce() throws Exception {
        String plan = explain(params(List.of("q1", "q2"), null, null));
        assertThat(plan).contains("docket_jobs_claim").contains("InitPlan")
                .doesNotContain("Seq Scan on docket_jobs");
    }
}
