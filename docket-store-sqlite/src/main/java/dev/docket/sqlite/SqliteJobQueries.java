package dev.docket.sqlite;

import dev.docket.spi.Change;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobQueries;
import dev.docket.spi.JobRecord;
import dev.docket.spi.ListParams;
import dev.docket.spi.MinuteCount;
import dev.docket.spi.StateCount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads go to the read pool; operator actions, being writes, to the single writer. */
final class SqliteJobQueries implements JobQueries {
    private final Writer writer;
    private final ReadPool reads;
    private final JobReads queries;

    SqliteJobQueries(Writer writer, ReadPool reads, boolean databaseClock) {
        this.writer = writer;
        this.reads = reads;
        this.queries = new JobReads(databaseClock);
    }

    @Override
    public Optional<JobRecord> find(long id) {
        return reads.read("finding job " + id, c -> queries.find(c, id));
    }

    @Override
    public List<JobRecord> list(ListParams params) {
        return reads.read("listing jobs", c -> queries.list(c, params));
    }

    @Override
    public List<StateCount> countByQueueAndState() {
        return reads.read("counting jobs by queue and state", queries::countByQueueAndState);
    }

    @Override
    public Map<String, Duration> queueLatency(Instant now) {
        Objects.requireNonNull(now, "now");
        return reads.read("measuring queue latency", c -> queries.queueLatency(c, now));
    }

    @Override
    public List<MinuteCount> finishedPerMinute(Duration window, Instant now) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(now, "now");
        return reads.read("counting finished jobs per minute", c -> queries.finishedPerMinute(c, window, now));
    }

    @Override
    public Change retry(long id, Instant now) {
        Objects.requireNonNull(now, "now");
        return writer.submit("retrying job " + id, tx -> AdminActions.retry(tx, id, now));
    }

    @Override
    public Change cancel(long id, Instant now) {
        Objects.requireNonNull(now, "now");
        return writer.submit("cancelling job " + id, tx -> AdminActions.cancel(tx, id, now));
    }

    @Override
    public Change delete(long id) {
        return writer.submit("deleting job " + id, tx -> AdminActions.delete(tx, id));
    }

    @Override
    public int retryMatching(JobFilter filter, int limit, Instant now) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(now, "now");
        checkLimit(limit);
        return writer.submit("retrying matching jobs", tx -> AdminActions.retryMatching(tx, filter, limit, now));
    }

    @Override
    public int deleteMatching(JobFilter filter, int limit) {
        Objects.requireNonNull(filter, "filter");
        checkLimit(limit);
        return writer.submit("deleting matching jobs", tx -> AdminActions.deleteMatching(tx, filter, limit));
    }

    private static void checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
