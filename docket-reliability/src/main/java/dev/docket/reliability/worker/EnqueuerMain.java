package dev.docket.reliability.worker;

import dev.docket.Docket;
import dev.docket.Enqueued;
import dev.docket.JobRequest;
import dev.docket.reliability.ledger.LedgerWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An enqueuing process for the SQLite crash scenario: several threads enqueue as fast as the store
 * takes them, some one job at a time, some in batches, and write every acknowledged id to the
 * ledger right after the call returns, until the process is killed.
 *
 * <p>Arguments: store URL, ledger file, threads.
 */
public final class EnqueuerMain {
    private EnqueuerMain() {
    }

    public static void main(String[] args) throws Exception {
        Docket docket = Docket.builder().store(args[0]).build();
        LedgerWriter ledger = new LedgerWriter(Path.of(args[1]));
        int threads = Integer.parseInt(args[2]);
        AtomicLong n = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            int batch = t % 2 == 0 ? 1 : 20;
            Thread thread = new Thread(() -> {
                while (true) {
                    List<JobRequest> requests = new ArrayList<>(batch);
                    for (int i = 0; i < batch; i++) {
                        requests.add(JobRequest.of(JobTypes.WORK, new JobTypes.Work(n.incrementAndGet(), 0, false)));
                    }
                    for (Enqueued e : docket.enqueueAll(requests)) {
                        ledger.acked(e.id());
                    }
                }
            }, "enqueue-" + t);
            thread.start();
        }
        ledger.ready("enqueuer");
        new CountDownLatch(1).await();
    }
}
