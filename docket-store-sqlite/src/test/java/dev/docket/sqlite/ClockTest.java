package dev.docket.sqlite;

import static dev.docket.sqlite.TestStores.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.StageParams;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In database-clock mode the store reads the operating system's clock inside SQL and ignores a
 * skewed {@code now}; with it off, {@code now} is used exactly.
 */
class ClockTest {
    private static final Instant SKEWED = Instant.parse("2001-02-03T04:05:06.789Z");

    @TempDir
    Path dir;

    @Test
    void theDatabaseClockIgnoresASkewedNow() {
        try (SqliteStore store = SqliteStore.builder().path(dir.resolve("db.db")).build()) {
            store.migrate();
            assertThat(store.info().databaseClock()).isTrue();
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long now = TestStores.insert(store, job("q"), SKEWED);
            long later = TestStores.insert(store, job("q").withDelay(Duration.ofHours(1)), SKEWED);
            JobRecord claimed = store.jobs().claim(new ClaimParams(List.of("q"), Set.of(), Set.of(), 5,
                    Duration.ofMinutes(10), "w", SKEWED)).get(0);
            assertThat(store.jobs().stageDue(new StageParams(10, SKEWED.plus(Duration.ofDays(365 * 50)))).count())
                    .as("a far-future now does not make the delayed job due").isZero();
            Instant after = Instant.now();

            JobRecord inserted = store.queries().find(now).orElseThrow();
            assertThat(inserted.createdAt()).isBetween(before, after);
            assertThat(claimed.id()).isEqualTo(now);
            assertThat(claimed.attemptedAt()).isBetween(before, after);
            assertThat(claimed.leaseExpiresAt()).isBetween(before.plus(Duration.ofMinutes(10)),
                    after.plus(Duration.ofMinutes(10)));
            JobRecord delayed = store.queries().find(later).orElseThrow();
            assertThat(delayed.state()).isEqualTo(JobState.SCHEDULED);
            assertThat(delayed.runAt()).isBetween(before.plus(Duration.ofHours(1)), after.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void withoutTheDatabaseClockNowIsUsedExactly() {
        try (SqliteStore store = SqliteStore.builder().path(dir.resolve("param.db")).databaseClock(false).build()) {
            store.migrate();
            assertThat(store.info().databaseClock()).isFalse();
            long id = TestStores.insert(store, job("q").withDelay(Duration.ofHours(1)), SKEWED);
            JobRecord inserted = store.queries().find(id).orElseThrow();
            assertThat(inserted.createdAt()).isEqualTo(SKEWED);
            assertThat(inserted.runAt()).isEqualTo(SKEWED.plus(Duration.ofHours(1)));
            assertThat(store.jobs().stageDue(new StageParams(10, SKEWED.plus(Duration.ofHours(1)))).count()).isOne();
            JobRecord claimed = store.jobs().claim(new ClaimParams(List.of("q"), Set.of(), Set.of(), 5,
                    Duration.ofMinutes(10), "w", SKEWED.plusSeconds(7200))).get(0);
            assertThat(claimed.leaseExpiresAt()).isEqualTo(SKEWED.plusSeconds(7200).plus(Duration.ofMinutes(10)));
        }
    }

    @Test
    void theDatabaseClockIsTheSystemClockInMilliseconds() {
        try (SqliteStore store = SqliteStore.builder().path(dir.resolve("ms.db")).build()) {
            long before = System.currentTimeMillis();
            long read = store.writer().submit("reading the clock", tx -> tx.now(SKEWED));
            long after = System.currentTimeMillis();
            assertThat(read).isBetween(before, after);
        }
    }
}
