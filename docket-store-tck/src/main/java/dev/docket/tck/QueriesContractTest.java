package dev.docket.tck;

import static dev.docket.tck.Jobs.job;
import static dev.docket.tck.Jobs.withArgs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobError;
import dev.docket.JobState;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.ListParams;
import dev.docket.spi.NewJob;
import dev.docket.spi.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code find} and {@code list}: order, cursor, limit, every filter, search. */
class QueriesContractTest extends StoreTestSupport {

    private List<Long> ids(JobFilter filter) {
        return queries().list(new ListParams(filter, null, 100)).stream().map(JobRecord::id).toList();
    }

    private long failedWith(String queue, String message) {
        JobRecord c = running(job(queue));
        record(T0, new Outcome.Failed(lease(c), error(c, message, T0), null));
        return c.id();
    }

    @Test
    void findOfAMissingJobIsEmpty() {
        assertThat(queries().find(123_456)).isEmpty();
    }

    @Test
    void findReturnsTheJobWithItsErrors() {
        long id = failedWith("q", "kaput");

        assertThat(find(id).errors()).extracting(JobError::message).containsExactly("kaput");
    }

    @Test
    void listIsNewestFirstWithErrors() {
        long a = insertOne(job("q"));
        long b = failedWith("f", "bad thing");
        long c = insertOne(job("q"));

        List<JobRecord> listed = queries().list(new ListParams(JobFilter.ALL, null, 10));

        assertThat(listed).extracting(JobRecord::id).containsExactly(c, b, a);
        assertThat(listed.get(1).errors()).extracting(JobError::message).containsExactly("bad thing");
    }

    @Test
    void cursorPagesThroughEveryJobOnce() {
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            inserted.add(insertOne(job("q")));
        }
        List<Long> seen = new ArrayList<>();
        Long cursor = null;
        for (int page = 0; page < 10; page++) {
            List<JobRecord> jobs = queries().list(new ListParams(JobFilter.ALL, cursor, 3));
            assertThat(jobs.size()).isLessThanOrEqualTo(3);
            if (jobs.isEmpty()) {
                break;
            }
            jobs.forEach(j -> seen.add(j.id()));
            cursor = jobs.get(jobs.size() - 1).id();
        }

        Collections.reverse(inserted);
        assertThat(seen).containsExactlyElementsOf(inserted);
    }

    @Test
    void beforeIdIsExclusive() {
        long a = insertOne(job("q"));
        long b = insertOne(job("q"));

        assertThat(queries().list(new ListParams(JobFilter.ALL, b, 10))).extracting(JobRecord::id).containsExactly(a);
    }

    @Test
    void filterByAnyOfTheStates() {
        long scheduled = jobIn(JobState.SCHEDULED, job("a"));
        jobIn(JobState.AVAILABLE, job("b"));
        long dead = jobIn(JobState.DEAD, job("c"));
        jobIn(JobState.SUCCEEDED, job("d"));

        assertThat(ids(JobFilter.states(JobState.SCHEDULED, JobState.DEAD))).containsExactly(dead, scheduled);
        assertThat(ids(JobFilter.ALL)).hasSize(4);
    }

    @Test
    void filterByExactQueue() {
        long mail = insertOne(job("mail"));
        insertOne(job("mail2"));
        insertOne(job("Mail"));

        assertThat(ids(JobFilter.ALL.withQueue("mail"))).containsExactly(mail);
    }

    @Test
    void filterByExactType() {
        long t = insertOne(job("q", "report.build"));
        insertOne(job("q", "report.build.v2"));
        insertOne(job("q", "report"));

        assertThat(ids(JobFilter.ALL.withType("report.build"))).containsExactly(t);
    }

    @Test
    void filterByExactWorker() {
        long a = insertOne(job("a"));
        long b = insertOne(job("b"));
        jobs().claim(new ClaimParams(List.of("a"), null, null, 1, LEASE, "worker-1", T0));
        jobs().claim(new ClaimParams(List.of("b"), null, null, 1, LEASE, "worker-10", T0));

        assertThat(ids(JobFilter.ALL.withWorker("worker-1"))).containsExactly(a);
        assertThat(ids(JobFilter.ALL.withWorker("worker-10"))).containsExactly(b);
    }

    @Test
    void searchFindsArgumentTextIgnoringCase() {
        long match = insertOne(withArgs("q", "{\"email\":\"Alice@Example.COM\"}"));
        insertOne(withArgs("q", "{\"email\":\"bob@example.org\"}"));

        assertThat(ids(JobFilter.ALL.withSearch("alice@example.com"))).containsExactly(match);
        assertThat(ids(JobFilter.ALL.withSearch("ALICE"))).containsExactly(match);
    }

    @Test
    void searchFindsErrorMessagesIgnoringCase() {
        insertOne(job("q"));
        long failed = failedWith("f", "java.net.ConnectException: Connection Refused");

        assertThat(ids(JobFilter.ALL.withSearch("connection refused"))).containsExactly(failed);
    }

    @Test
    void searchTreatsWildcardCharactersLiterally() {
        long percent = insertOne(withArgs("q", "{\"discount\":\"50%off\"}"));
        long underscore = insertOne(withArgs("q", "{\"code\":\"a_b\"}"));
        insertOne(withArgs("q", "{\"discount\":\"50 off\",\"code\":\"axb\"}"));

        assertThat(ids(JobFilter.ALL.withSearch("50%off"))).containsExactly(percent);
        assertThat(ids(JobFilter.ALL.withSearch("%"))).containsExactly(percent);
        assertThat(ids(JobFilter.ALL.withSearch("a_b"))).containsExactly(underscore);
        assertThat(ids(JobFilter.ALL.withSearch("_"))).containsExactly(underscore);
    }

    @Test
    void searchTreatsBackslashLiterally() {
        long windows = insertOne(withArgs("q", "{\"path\":\"C:\\\\temp\"}"));
        insertOne(withArgs("q", "{\"path\":\"C:/temp\"}"));

        assertThat(ids(JobFilter.ALL.withSearch("C:\\"))).containsExactly(windows);
        assertThat(ids(JobFilter.ALL.withSearch("\\"))).containsExactly(windows);
    }

    @Test
    void searchMatchesAJobOnceEvenWithSeveralMatchingErrors() {
        JobRecord first = running(job("q"));
        record(T0, new Outcome.Failed(lease(first), error(first, "timeout one", T0), Duration.ZERO));
        JobRecord second = claim("q", 1, at(1)).get(0);
        record(at(1), new Outcome.Failed(lease(second), error(second, "timeout two", at(1)), null));

        assertThat(ids(JobFilter.ALL.withSearch("timeout"))).containsExactly(first.id());
    }

    @Test
    void filtersCombine() {
        long hit = insertOne(NewJob.of("t1", "q1", "{\"x\":\"needle\"}"));
        insertOne(NewJob.of("t2", "q1", "{\"x\":\"needle\"}"));
        insertOne(NewJob.of("t1", "q2", "{\"x\":\"needle\"}"));
        insertOne(NewJob.of("t1", "q1", "{\"x\":\"hay\"}"));
        jobIn(JobState.SCHEDULED, NewJob.of("t1", "q1", "{\"x\":\"needle\"}"));

        JobFilter filter = new JobFilter(Set.of(JobState.AVAILABLE), "q1", "t1", "needle", null);

        assertThat(ids(filter)).containsExactly(hit);
    }

    @Test
    void limitAppliesAfterFiltering() {
        long a = insertOne(job("x"));
        insertOne(job("y"));
        long c = insertOne(job("x"));
        insertOne(job("y"));

        assertThat(queries().list(new ListParams(JobFilter.ALL.withQueue("x"), null, 2)))
                .extracting(JobRecord::id).containsExactly(c, a);
        assertThat(queries().list(new ListParams(JobFilter.ALL, null, 1))).hasSize(1);
    }
}
