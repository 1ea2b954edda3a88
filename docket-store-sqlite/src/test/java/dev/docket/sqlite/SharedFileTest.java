package dev.docket.sqlite;

import static dev.docket.sqlite.TestStores.T0;
import static dev.docket.sqlite.TestStores.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.JobRecord;
import dev.docket.spi.NewJob;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several stores, in this JVM or another, claiming from one file never hand out a job twice. */
class SharedFileTest {
    @TempDir
    Path dir;

    @Test
    void twoStoresOnOneFileClaimEachJobOnce() throws Exception {
        Path file = dir.resolve("docket.db");
        try (SqliteStore a = TestStores.open(file); SqliteStore b = TestStores.open(file)) {
            insertMany(a, "q", 3000);
            ExecutorService pool = Executors.newFixedThreadPool(6);
            List<Future<List<Long>>> claimers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                SqliteStore store = t % 2 == 0 ? a : b;
                String worker = "w" + t;
                claimers.add(pool.submit(() -> claimAll(store, "q", worker)));
            }
            List<Long> claimed = new ArrayList<>();
            for (Future<List<Long>> f : claimers) {
                claimed.addAll(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(claimed).hasSize(3000).doesNotHaveDuplicates();
        }
    }

    @Test
    void anotherProcessClaimsBesideThisOneWithoutDuplicates() throws Exception {
        Path file = dir.resolve("docket.db");
        try (SqliteStore store = TestStores.open(file)) {
            insertMany(store, "shared", 3000);
            Process child = ChildProcess.start("claim", file.toString(), "shared");
            List<Long> mine = claimAll(store, "shared", "parent");
            List<Long> theirs = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null && !line.equals("done")) {
                    theirs.add(Long.parseLong(line.trim()));
                }
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
            List<Long> all = new ArrayList<>(mine);
            all.addAll(theirs);
            assertThat(all).hasSize(3000).doesNotHaveDuplicates();
        }
    }

    private static void insertMany(SqliteStore store, String queue, int count) {
        List<NewJob> batch = Collections.nCopies(count, job(queue));
        store.jobs().insert(InsertParams.of(batch, T0));
    }

    private static List<Long> claimAll(SqliteStore store, String queue, String worker) {
        List<Long> ids = new ArrayList<>();
        while (true) {
            List<JobRecord> claimed = store.jobs().claim(new ClaimParams(List.of(queue), Set.of(), Set.of(), 10,
                    Duration.ofMinutes(5), worker, T0));
            if (claimed.isEmpty()) {
                return ids;
            }
            claimed.forEach(j -> ids.add(j.id()));
        }
    }
}
