package dev.docket.web.ops;

import dev.docket.admin.DocketAdmin;
import dev.docket.admin.Health;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the store whether it answers, never waiting longer than the timeout: a store that hangs
 * (a database behind a dead network) reads as degraded at once instead of holding the caller.
 * At most one check runs at a time; callers arriving meanwhile share it.
 */
public final class HealthProbe implements AutoCloseable {
    private final DocketAdmin admin;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "docket-health");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Health> inFlight;
    private volatile String store = "unknown";

    /** A probe; a first check starts at once in the background, so the store's name is known early. */
    public HealthProbe(DocketAdmin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
        current();
    }

    /** The store's health, within the timeout. */
    public Health check() throws InterruptedException {
        CompletableFuture<Health> check = current();
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Health(false, store, "the store did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Health(false, store, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private synchronized CompletableFuture<Health> current() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(admin::health, executor);
            inFlight.thenAccept(h -> store = h.store());
        }
        return inFlight;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
