package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.NewJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job table is vacuumed when its dead rows pile up, at most every ten seconds, unless turned off. */
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

    @Test
    void aTableWithManyDeadRowsIsVacuumedLookingAtMostEveryTenSeconds() {
        JobTableVacuum vacuum = new JobTableVacuum(ctx, true, nanos::get);
        assertThat(vacuum.maybeRun()).as("nothing to vacuum yet").isFalse();
        churn();
        long before = lastVacuumCount();

        assertThat(vacuum.maybeRun()).as("looked less than ten seconds ago").isFalse();
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(JobTableVacuum.EVERY_MS));
        assertThat(vacuum.maybeRun()).isTrue();

        Await.until("the vacuum ran", Duration.ofSeconds(60), () -> lastVacuumCount() > before);
        vacuum.close();
        assertThat(vacuum.due()).as("vacuumed just now").isFalse();
    }

    @Test
    void turnedOffItNeverLooks() {
        JobTableVacuum vacuum = new JobTableVacuum(new PgContext(ctx.schema(), null, true), false, nanos::get);

        assertThat(vacuum.maybeRun()).isFalse();
    }
}
