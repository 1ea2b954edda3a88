package dev.docket.sqlite;

import dev.docket.jdbc.Sql;
import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.JobStore;
import dev.docket.spi.NewJob;
import dev.docket.spi.OutcomeParams;
import dev.docket.spi.OutcomeResult;
import dev.docket.spi.PruneParams;
import dev.docket.spi.ReleaseParams;
import dev.docket.spi.RenewParams;
import dev.docket.spi.RenewedLease;
import dev.docket.spi.RescueParams;
import dev.docket.spi.RescuedJob;
import dev.docket.spi.StageParams;
import dev.docket.spi.StageResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The job lifecycle verbs: checks the input, then hands the work to the single writer. */
final class SqliteJobStore implements JobStore {
    private final Writer writer;
    private final SqliteFile file;
    private final boolean databaseClock;
    private final OutcomeWriter outcomes;

    SqliteJobStore(Writer writer, SqliteFile file, boolean databaseClock) {
        this.writer = writer;
        this.file = file;
        this.databaseClock = databaseClock;
        this.outcomes = new OutcomeWriter(databaseClock);
    }

    @Override
    public List<InsertResult> insert(InsertParams params) {
        params.jobs().forEach(SqliteJobStore::check);
        if (params.connection() != null) {
            return insertOn(params.connection(), params);
        }
        String doing = params.jobs().size() == 1 ? "inserting a job" : "inserting " + params.jobs().size() + " jobs";
        return writer.submit(doing, tx -> Inserter.insert(tx, params.jobs(), params.now()));
    }

    /**
     * Inserts on the caller's connection, inside its transaction, neither committing nor closing it.
     * A savepoint keeps the insert all or nothing even when the connection is in auto-commit mode.
     * No wake-up is published: the store cannot tell whether the caller commits, and workers poll.
     */
    private List<InsertResult> insertOn(Connection connection, InsertParams params) {
        CallerConnections.checkSameDatabase(connection, file);
        Tx tx = Tx.onCallerConnection(connection, databaseClock);
        try (Statement st = connection.createStatement()) {
            st.execute("SAVEPOINT docket_insert");
            try {
                List<InsertResult> results = Inserter.insert(tx, params.jobs(), params.now());
                st.execute("RELEASE docket_insert");
                return results;
            } catch (SQLException | RuntimeException e) {
                st.execute("ROLLBACK TO docket_insert");
                st.execute("RELEASE docket_insert");
                throw e;
            }
        } catch (SQLException e) {
            throw Sql.failure("inserting jobs on the caller's connection", e);
        } finally {
            tx.closeStatements();
        }
    }

    @Override
    public List<JobRecord> claim(ClaimParams params) {
        return writer.submitUnsynced("claiming jobs from " + params.queues(), tx -> Claimer.claim(tx, params));
    }

    @Override
    public OutcomeResult recordOutcomes(OutcomeParams params) {
        if (params.outcomes().isEmpty()) {
            return new OutcomeResult(List.of(), List.of());
        }
        return writer.submit("recording " + params.outcomes().size() + " outcome(s)",
                tx -> outcomes.record(tx, params));
    }

    @Override
    public List<RenewedLease> renewLeases(RenewParams params) {
        if (params.leases().isEmpty()) {
            return List.of();
        }
        return writer.submitUnsynced("renewing " + params.leases().size() + " lease(s)", tx -> LeaseWriter.renew(tx, params));
    }

    @Override
    public int release(ReleaseParams params) {
        if (params.leases().isEmpty()) {
            return 0;
        }
        return writer.submit("releasing " + params.leases().size() + " lease(s)", tx -> LeaseWriter.release(tx, params));
    }

    @Override
    public StageResult stageDue(StageParams params) {
        return writer.submit("staging due jobs", tx -> Maintenance.stageDue(tx, params));
    }

    @Override
    public List<RescuedJob> rescueExpired(RescueParams params) {
        return writer.submit("rescuing jobs with expired leases", tx -> Rescuer.rescue(tx, params));
    }

    @Override
    public int prune(PruneParams params) {
        return writer.submit("pruning finished jobs", tx -> Maintenance.prune(tx, params));
    }

    private static void check(NewJob job) {
        if (job.type().isBlank()) {
            throw new IllegalArgumentException("job type is blank");
        }
        if (job.queue().isBlank()) {
            throw new IllegalArgumentException("queue of a " + job.type() + " job is blank");
        }
        if (job.priority() < 0 || job.priority() > 9) {
            throw new IllegalArgumentException("priority of a " + job.type() + " job must be 0-9, was "
                    + job.priority());
        }
        if (job.maxAttempts() < 1) {
            throw new IllegalArgumentException("maxAttempts of a " + job.type() + " job must be at least 1, was "
                    + job.maxAttempts());
        }
    }
}
