package dev.docket.reliability.scenario;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.JobState;
import dev.docket.reliability.check.HistoryChecker;
import dev.docket.reliability.check.LedgerFigures;
import dev.docket.reliability.check.Result;
import dev.docket.reliability.db.SharedPostgres;
import dev.docket.reliability.ledger.History;
import dev.docket.reliability.ledger.LedgerWriter;
import dev.docket.reliability.proc.Cluster;
import dev.docket.reliability.proc.Restarter;
import dev.docket.reliability.support.Await;
import dev.docket.reliability.support.FinalStates;
import dev.docket.reliability.support.Load;
import dev.docket.reliability.support.Progress;
import dev.docket.reliability.worker.JobTypes;
import dev.docket.reliability.worker.WorkerConfig;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.time.Duration;
import java.time.Instant;
import dev.docket.JobError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Scenario 8: poison jobs among healthy ones. A handler that halts its JVM kills each worker that
 * takes it (each is restarted); after 3 losses the job is dead. 1,000 malformed payloads each end
 * dead on their first attempt with a reason naming the problem, and crash nothing. Workers are
 * built with {@code claimUnknownTypes(true)} so that jobs of unknown types are taken (and marked
 * dead) instead of waiting for a process that knows them.
 */
public final class PoisonScenario implements Scenario {
    private static final int MAX_LOSSES = 3;

    @Override
    public String name() {
        return "poison";
    }

    @Override
    public String title() {
        return "a JVM-halting handler and 1,000 malformed payloads among healthy jobs";
    }

    @Override
    public Result run(RunContext ctx) {
        int healthy = ctx.pick(1_500, 30_000);
        double perSecond = ctx.pick(150.0, 200.0);
        int malformedCount = 1_000;
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        Map<String, JobState> expected = new HashMap<>();
        try (SharedPostgres db = new SharedPostgres("rel_poison");
             Store store = Stores.open(db.url(2));
             Docket producer = Docket.builder().store(db.url(2)).build();
             LedgerWriter acks = new LedgerWriter(ctx.dir().resolve("enqueue.ledger"))) {
            WorkerConfig template = WorkerConfig.of(db.url(6), ctx.dir().resolve("x"), "x").withConcurrency(4)
                    .withClaimUnknownTypes(true);
            if (!ctx.full()) {
                template = template.withTimings(Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5));
            }
            String haltId;
            Map<Long, Malformed.Kind> malformed;
            int deaths;
            long t0;
            long t1;
            try (Cluster cluster = new Cluster(ctx.dir(), template)) {
                cluster.start(3);
                try (Restarter restarter = new Restarter(cluster);
                     Load load = new Load(producer, acks, n -> JobRequest.of(JobTypes.WORK,
                             new JobTypes.Work(n, ThreadLocalRandom.current().nextInt(20), false)),
                             healthy, 50, perSecond, () -> true).start()) {
                    t0 = System.currentTimeMillis();
                    Enqueued halt = producer.enqueue(JobRequest.of(JobTypes.HALT, new JobTypes.Empty()));
                    acks.acked(halt.id());
                    haltId = halt.id();
                    expected.put(haltId, JobState.DEAD);
                    malformed = Malformed.insert(store, malformedCount);
                    malformed.keySet().forEach(id -> expected.put(Long.toString(id), JobState.DEAD));
                    ctx.log("enqueued the halting job %s and %d malformed jobs among %d healthy ones", haltId,
                            malformed.size(), healthy);
                    Await.until("every job finished", ctx.seconds(120, 900),
                            () -> load.finished() && Progress.unfinished(store) == 0);
                    t1 = System.currentTimeMillis();
                    deaths = restarter.deaths();
                }
            }
            result.figure("worker deaths", deaths);
            result.figure("healthy jobs/s", Math.round(healthy * 1000.0 / (t1 - t0)));
            JobRecord h = store.queries().find(Long.parseLong(haltId)).orElseThrow();
            String lastError = h.errors().isEmpty() ? "" : h.errors().get(h.errors().size() - 1).message();
            result.check("the halting job is dead after " + MAX_LOSSES + " worker losses",
                    h.state() == JobState.DEAD && h.lostCount() == MAX_LOSSES && lastError.contains("lost " + MAX_LOSSES),
                    h.state() + ", lost " + h.lostCount() + ": " + lastError);
            result.check("each loss was a worker death, and no worker died otherwise", deaths, v -> v == MAX_LOSSES);
            int wrong = 0;
            int bystanders = 0;
            String example = "";
            for (Map.Entry<Long, Malformed.Kind> m : malformed.entrySet()) {
                JobRecord r = store.queries().find(m.getKey()).orElseThrow();
                List<JobError> own = r.errors().stream().filter(e -> !e.message().startsWith("worker lost")).toList();
                String msg = own.isEmpty() ? "" : own.get(0).message();
                bystanders += r.lostCount() > 0 ? 1 : 0;
                boolean ok = r.state() == JobState.DEAD && own.size() == 1 && msg.contains(m.getValue().reason())
                        && r.errors().get(r.errors().size() - 1) == own.get(0);
                if (!ok && wrong++ == 0) {
                    example = m.getValue().name() + ": " + r.state() + " attempt " + r.attempt() + " '" + msg + "'";
                }
            }
            result.figure("malformed jobs also lost with a halted worker first", bystanders);
            result.check("every malformed job dead on the first attempt that ran it, with a clear reason", wrong == 0,
                    wrong == 0 ? malformed.size() + " of " + malformed.size() : wrong + " wrong, e.g. " + example);
            List<JobRecord> innocentDead = FinalStates.records(store, dev.docket.spi.JobFilter.states(JobState.DEAD))
                    .values().stream().filter(r -> r.id() != h.id() && r.lostCount() >= MAX_LOSSES).toList();
            result.check("no job but the halting one died of worker losses", innocentDead.isEmpty(),
                    innocentDead.size() + innocentDead.stream().limit(2).map(r -> " [job " + r.id() + ": "
                            + r.errors().stream().map(e -> e.attempt() + " " + e.message()).toList() + "]")
                            .reduce("", String::concat));
            result.figure("malformed example reasons", reasons(store, malformed));
            LedgerFigures f = HistoryChecker.check(History.read(ctx.dir()), FinalStates.of(store),
                    id -> expected.getOrDefault(id, JobState.SUCCEEDED));
            result.ledger(f);
            result.check("0 lost (healthy succeeded, poison dead)", f.lost(), v -> v == 0);
            result.check("0 stuck", f.stuck(), v -> v == 0);
            result.check("every duplicate attributable to a worker death", f.duplicates() == f.attributable(),
                    f.attributable() + " of " + f.duplicates());
        }
        return result.took(Duration.between(began, Instant.now()));
    }

    /** One stored reason per kind, to show in the report. */
    private static String reasons(Store store, Map<Long, Malformed.Kind> malformed) {
        Map<String, String> byKind = new java.util.LinkedHashMap<>();
        malformed.forEach((id, k) -> byKind.computeIfAbsent(k.name(), n -> store.queries().find(id)
                .map(r -> r.errors().isEmpty() ? "(none)" : r.errors().get(0).message()).orElse("(missing)")));
        StringBuilder sb = new StringBuilder();
        byKind.forEach((k, v) -> sb.append("\n  - ").append(k).append(": `").append(v.replace("`", "'")).append('`'));
        return sb.toString();
    }
}
