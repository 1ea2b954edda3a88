package dev.docket.reliability.scenario;

import dev.docket.reliability.check.Result;
import dev.docket.reliability.ledger.History;
import dev.docket.reliability.proc.JavaProcess;
import dev.docket.reliability.support.Await;
import dev.docket.reliability.support.FinalStates;
import dev.docket.reliability.support.LedgerScan;
import dev.docket.reliability.worker.EnqueuerMain;
import dev.docket.spi.Store;
import dev.docket.spi.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 10: a process enqueues into a SQLite file from several threads and is killed with
 * {@code kill -9} mid-stream, several times over on the same file. After each kill the file is
 * opened again: every enqueue the process had acknowledged (written to its ledger after the call
 * returned) must be there.
 */
public final class SqliteCrashScenario implements Scenario {
    @Override
    public String name() {
        return "sqlite-kill";
    }

    @Override
    public String title() {
        return "SQLite: kill -9 during heavy enqueueing from several threads";
    }

    @Override
    public Result run(RunContext ctx) throws Exception {
        int rounds = ctx.pick(2, 5);
        int perRound = ctx.pick(2_000, 20_000);
        int threads = 8;
        Result result = new Result(name(), ctx.full() ? "full" : "short");
        Instant began = Instant.now();
        String url = "sqlite:" + ctx.dir().resolve("docket.db");
        Path ledger = ctx.dir().resolve("enqueue.ledger");
        long lost = 0;
        for (int round = 1; round <= rounds; round++) {
            int before = LedgerScan.count(ledger, "A");
            Process p = JavaProcess.start(EnqueuerMain.class, List.of(url, ledger.toString(), Integer.toString(threads)),
                    "256m", ctx.dir().resolve("enqueuer.out"));
            Await.until("the enqueuer acknowledged " + perRound + " more jobs", Duration.ofSeconds(180),
                    () -> LedgerScan.count(ledger, "A") >= before + perRound || !p.isAlive());
            if (!p.isAlive()) {
                throw new IllegalStateException("the enqueuer exited with " + p.exitValue() + "; see enqueuer.out");
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            ctx.log("round %d: kill -9 of the enqueuer after %d acknowledgements", round,
                    LedgerScan.count(ledger, "A") - before);
            try (Store store = Stores.open(url)) {
                store.migrate();
                Set<String> present = FinalStates.of(store).keySet();
                lost = History.read(ctx.dir()).acked().stream().filter(id -> !present.contains(id)).count();
                result.check("round " + round + ": every acknowledged enqueue is in the file after kill -9", lost,
                        v -> v == 0);
            }
        }
        long acked = History.read(ctx.dir()).acked().size();
        result.figure("kills", rounds);
        result.figure("acknowledged enqueues", acked);
        result.figure("lost", lost);
        return result.took(Duration.between(began, Instant.now()));
    }
}
