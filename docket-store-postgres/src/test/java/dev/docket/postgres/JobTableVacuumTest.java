package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.NewJob;
import dev.docket.spi.StageParams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job table is vacuumed when its dead rows pile up, looking at most once a second and resting
 * after each vacuum four times as long as it took, unless turned off.
 */
class JobTableVacuumTest {
    private final PostgresFixture fixture = new PostgresFixture();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private PostgresStore store;
    private HikariDataSource pool;
    private PgContext ctx;

    @BeforeEach
    void open() {
        store = (PostgresStore) fixture.create(true);
        pool = PostgresFixture.pool(fixture.schemaOf(store));
        ctx = new PgContext(fixture.schemaOf(store), new Db(pool), true);
    }

    @AfterEach
    void close() {
        pool.close();
        fixture.dispose(store);
    }

    /** Leaves at least {@link JobTableVacuum#MIN_DEAD} dead row versions: every claimed job leaves one. */
    private void churn() {
        int n = (int) JobTableVacuum.MIN_DEAD + 1_000;
        List<NewJob> jobs = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            jobs.add(NewJob.of("t", "q", "{}"));
        }
        for (int done = 0; done < n; done += jobs.size()) {
            store.jobs().insert(InsertParams.of(jobs, Instant.now()));
        }
        store.jobs().claim(new ClaimParams(List.of("q"), null, null, n, Duration.ofMinutes(1), "w", Instant.now()));
        JobTableVacuum probe = new JobTableVacuum(ctx, true, nanos::get);
        Await.until("the statistics count the dead rows", Duration.ofSeconds(30), probe::due);
    }

    private long lastVacuumCount() {
        return ctx.db().call("reading vacuum counts", c -> {
            try (var ps = c.prepareStatement("SELECT vacuum_count FROM pg_stat_user_tables"
                    + " WHERE schemaname = ? AND relname = 'docket_jobs'")) {
                ps.setString(1, ctx.schema());
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    private void awaitVacuumAfter(long count) {
        Await.until("the vacuum ran", Duration.ofSeconds(60), () -> lastVacuumCount() > count);
    }

    @Test
    void aTableWithManyDeadRowsIsVacuumedLookingAtMostOnceASecond() {
        JobTableVacuum vacuum = new JobTableVacuum(ctx, true, nanos::get);
        assertThat(vacuum.maybeRun()).as("nothing to vacuum yet").isFalse();
        churn();
        long before = lastVacuumCount();

        assertThat(vacuum.maybeRun()).as("looked less than a second ago").isFalse();
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(JobTableVacuum.CHECK_EVERY_MS));
        assertThat(vacuum.maybeRun()).isTrue();

        awaitVacuumAfter(before);
        vacuum.close();
        assertThat(vacuum.due()).as("vacuumed just now").isFalse();
    }

    @Test
    void afterItsOwnVacuumItRestsFourTimesAsLongAsThatTookThenVacuumsAgain() {
        long took = TimeUnit.SECONDS.toNanos(3);
        // the vacuum's thread reads the clock at its start and at its end, and each read moves it 3 s
        JobTableVacuum vacuum = new JobTableVacuum(ctx, true, () -> Thread.currentThread().getName()
                .startsWith("docket-postgres-vacuum") ? nanos.addAndGet(took) : nanos.get());
        churn();
        long first = lastVacuumCount();
        assertThat(vacuum.maybeRun()).isTrue();
        awaitVacuumAfter(first);
        Await.until("the vacuum's thread ended", Duration.ofSeconds(10), () -> !vacuum.running());

        churn();
        long second = lastVacuumCount();
        nanos.addAndGet(JobTableVacuum.restNanos(took) - 1);
        assertThat(vacuum.maybeRun()).as("still resting 12 s after a vacuum of 3 s").isFalse();
        nanos.addAndGet(1);
        assertThat(vacuum.maybeRun()).as("rested, and the dead rows piled up again").isTrue();
        awaitVacuumAfter(second);
        vacuum.close();
    }

    @Test
    void theRestIsFourTimesTheVacuumAndAtLeastTheCheckInterval() {
        long second = TimeUnit.SECONDS.toNanos(1);
        assertThat(JobTableVacuum.restNanos(0)).isEqualTo(second);
        assertThat(JobTableVacuum.restNanos(second / 10)).isEqualTo(second);
        assertThat(JobTableVacuum.restNanos(2 * second)).isEqualTo(8 * second);
    }

    @Test
    void theLeadersStagingRoundVacuumsATableThatNeedsItWithoutWaitingForAPrune() {
        churn();
        long before = lastVacuumCount();

        store.jobs().stageDue(new StageParams(100, Instant.now()));

        awaitVacuumAfter(before);
    }

    @Test
    void aVacuumLeavesTheEmptiedTableAtItsSizeForTheNextJobs() {
        churn();
        long pages = ctx.db().call("emptying the job table", c -> {
            try (var st = c.createStatement()) {
                st.execute("DELETE FROM " + ctx.jobs);
            }
            return tablePages(c);
        });
        JobTableVacuum vacuum = new JobTableVacuum(ctx, true, nanos::get);
        Await.until("the statistics count the deleted rows", Duration.ofSeconds(30), vacuum::due);
        long before = lastVacuumCount();

        assertThat(vacuum.maybeRun()).isTrue();
        awaitVacuumAfter(before);
        vacuum.close();

        assertThat(pages).as("the churn filled pages").isGreaterThan(100);
        assertThat(ctx.db().call("measuring the job table", this::tablePages))
                .as("not truncated").isEqualTo(pages);
    }

    private long tablePages(java.sql.Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement();
             var rs = st.executeQuery("SELECT pg_relation_size('" + ctx.jobs + "'::regclass) / 8192")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void itVacuumsTheIndexesItselfWhereTheServerCanBeToldTo() {
        JobTableVacuum vacuum = new JobTableVacuum(ctx, true, nanos::get);

        assertThat(vacuum.vacuumSql(15)).isEqualTo("VACUUM (SKIP_LOCKED, PARALLEL 0) " + ctx.jobs);
        assertThat(vacuum.vacuumSql(12)).isEqualTo("VACUUM (SKIP_LOCKED) " + ctx.jobs);
    }

    @Test
    void turnedOffItNeverLooks() {
        JobTableVacuum vacuum = new JobTableVacuum(new PgContext(ctx.schema(), null, true), false, nanos::get);

        assertThat(vacuum.maybeRun()).isFalse();
    }
}
