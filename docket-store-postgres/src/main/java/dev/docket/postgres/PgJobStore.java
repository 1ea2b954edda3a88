package dev.docket.postgres;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.InsertParams;
import dev.docket.spi.InsertResult;
import dev.docket.spi.JobRecord;
import dev.docket.spi.JobStore;
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
import java.util.List;

/** The job lifecycle verbs, each handled by the class that owns its SQL. */
final class PgJobStore implements JobStore {
    private final PgInsert insert;
    private final PgClaim claim;
    private final PgOutcomes outcomes;
    private final PgLeases leases;
    private final PgMaintenance maintenance;

    PgJobStore(PgContext ctx, Wakeups wakeups, JobTableVacuum vacuum) {
        this.insert = new PgInsert(ctx, wakeups);
        this.claim = new PgClaim(ctx);
        this.outcomes = new PgOutcomes(ctx, wakeups);
        this.leases = new PgLeases(ctx, wakeups);
        this.maintenance = new PgMaintenance(ctx, vacuum);
    }

    /** The insert path, for tests of its unique-key handling. */
    PgInsert inserter() {
        return insert;
    }

    @Override
    public List<InsertResult> insert(InsertParams params) {
        return insert.insert(params);
    }

    @Override
    public List<JobRecord> claim(ClaimParams params) {
        return claim.claim(params);
    }

    @Override
    public OutcomeResult recordOutcomes(OutcomeParams params) {
        return outcomes.record(params);
    }

    @Override
    public List<RenewedLease> renewLeases(RenewParams params) {
        return leases.renew(params);
    }

    @Override
    public int release(ReleaseParams params) {
        return leases.release(params);
    }

    @Override
    public StageResult stageDue(StageParams params) {
        return maintenance.stageDue(params);
    }

    @Override
    public List<RescuedJob> rescueExpired(RescueParams params) {
        return maintenance.rescueExpired(params);
    }

    @Override
    public int prune(PruneParams params) {
        return maintenance.prune(params);
    }
}
