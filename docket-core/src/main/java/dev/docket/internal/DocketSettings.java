package dev.docket.internal;

import dev.docket.Backoff;
import dev.docket.DocketListener;
import dev.docket.JsonCodec;
import dev.docket.schedule.JobSchedule;
import dev.docket.internal.registry.TypeRegistry;
import dev.docket.spi.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a Docket runtime is built from, validated by the builder.
 *
 * @param store the store (owned: closed with the runtime)
 * @param clock the clock every component reads
 * @param json the argument and result codec
 * @param queues the queues this process works and their concurrency, in order
 * @param types the registered job types
 * @param listeners event listeners
 * @param defaultMaxAttempts attempts for jobs and types that do not say
 * @param defaultBackoff backoff for jobs and types that do not say
 * @param defaultTimeout per-attempt timeout for jobs and types that do not say, or {@code null}
 * @param lease how long a claim holds without renewal
 * @param pollInterval how often idle workers look for work when no notification comes
 * @param shutdownGrace how long running jobs may take to finish when stopping
 * @param succeededRetention how long succeeded jobs are kept
 * @param deadRetention how long dead jobs are kept
 * @param cancelledRetention how long cancelled jobs are kept
 * @param maxLosses after this many attempts lost with their worker a job goes dead
 * @param processName a readable name for this process
 * @param maintenance whether this process takes part in maintenance (staging, rescue, pruning)
 * @param claimUnknownTypes whether workers also take jobs of types with no handler here (they go dead)
 * @param virtualThreads whether handlers run on virtual threads (null: when the JDK has them)
 * @param fetchBatchMax the most jobs one claim takes
 * @param outcomeBatchMax the most outcomes one write records
 * @param schedules schedules declared in code, saved when the runtime starts
 */
public record DocketSettings(
        Store store,
        Clock clock,
        JsonCodec json,
        Map<String, Integer> queues,
        TypeRegistry types,
        List<DocketListener> listeners,
        int defaultMaxAttempts,
        Backoff defaultBackoff,
        Duration defaultTimeout,
        Duration lease,
        Duration pollInterval,
        Duration shutdownGrace,
        Duration succeededRetention,
        Duration deadRetention,
        Duration cancelledRetention,
        int maxLosses,
        String processName,
        boolean maintenance,
        boolean claimUnknownTypes,
        Boolean virtualThreads,
        int fetchBatchMax,
        int outcomeBatchMax,
        List<JobSchedule> schedules) {

    /** How often leases are renewed: a third of the lease, so two renewals may fail before it lapses. */
    public Duration heartbeatInterval() {
        return lease.dividedBy(3);
    }
}
