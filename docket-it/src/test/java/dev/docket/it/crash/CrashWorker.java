package dev.docket.it.crash;

import dev.docket.Docket;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A worker process for the crash test: runs {@code crash.work} jobs from the given store and writes
 * each start and end to its own ledger file ({@code S id attempt} / {@code E id attempt}), one
 * unbuffered write per line so that a {@code kill -9} loses nothing already written.
 *
 * <p>Arguments: store URL, ledger file.
 */
public final class CrashWorker {
    record Work(int n) {
    }

    public static void main(String[] args) throws Exception {
        String storeUrl = args[0];
        Path ledger = Path.of(args[1]);
        try (FileOutputStream out = new FileOutputStream(ledger.toFile(), true)) {
            Docket docket = Docket.builder().store(storeUrl).queue("default", 8)
                    .lease(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .handle("crash.work", Work.class, (work, ctx) -> {
                        write(out, "S " + ctx.jobId() + " " + ctx.attempt());
                        Thread.sleep(ThreadLocalRandom.current().nextInt(5, 40));
                        write(out, "E " + ctx.jobId() + " " + ctx.attempt());
                    }).build().start();
            write(out, "READY");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> docket.close(Duration.ofSeconds(5))));
            new CountDownLatch(1).await();
        }
    }

    private static synchronized void write(FileOutputStream out, String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
