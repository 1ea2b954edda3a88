package dev.docket.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.NewJob;
import dev.docket.spi.StoreDiagnostics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job table's dead rows, as {@code pg_stat_user_tables} counts them, for the metric. */
class DiagnosticsTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private final PostgresFixture fixture = new PostgresFixture();
    private PostgresStore store;

    @BeforeEach
    void open() {
        store = (PostgresStore) fixture.create(false);
    }

    @AfterEach
    void close() {
        fixture.dispose(store);
    }

    @Test
    void claimingJobsLeavesDeadRowsThatTheDiagnosticsReport() {
        List<NewJob> jobs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            jobs.add(NewJob.of("t", "q", "{}"));
        }
        store.jobs().insert(InsertParams.of(jobs, T0));
        store.jobs().claim(new ClaimParams(List.of("q"), null, null, 50, Duration.ofSeconds(30), "w", T0));

        Await.until("the statistics show the claimed jobs' old row versions", Duration.ofSeconds(30),
                () -> store.diagnostics().deadJobRows() >= 50);

        StoreDiagnostics d = store.diagnostics();
        assertThat(d.jobRows()).isBetween(0L, 50L);
    }
}
