package dev.docket.spi;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Jobs to insert in one transaction.
 *
 * @param jobs the jobs, at least one
 * @param connection the caller's JDBC connection whose transaction the insert joins, or
 *     {@code null} for the store's own transaction; only for stores with
 *     {@link StoreInfo#transactionalInsert()}
 * @param now the runtime's clock
 */
public record InsertParams(List<NewJob> jobs, Connection connection, Instant now) {
    public InsertParams {
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(now, "now");
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("no jobs to insert");
        }
    }

    /** Jobs inserted in the store's own transaction. */
    public static InsertParams of(List<NewJob> jobs, Instant now) {
        return new InsertParams(jobs, null, now);
    }
}
