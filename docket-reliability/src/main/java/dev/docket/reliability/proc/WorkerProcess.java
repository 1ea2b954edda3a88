package dev.docket.reliability.proc;

import dev.docket.reliability.support.Await;
import dev.docket.reliability.worker.WorkerConfig;
import dev.docket.reliability.worker.WorkerMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One running worker JVM and the faults that can be done to it: {@code kill -9}, SIGTERM, SIGSTOP
 * and SIGCONT. Every fault is timed by the harness's clock just before the signal is sent.
 */
public final class WorkerProcess {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final WorkerConfig config;
    private final Process process;
    private final Path out;

    private WorkerProcess(WorkerConfig config, Process process, Path out) {
        this.config = config;
        this.process = process;
        this.out = out;
    }

    /** Starts a worker and waits until it says it is ready. */
    public static WorkerProcess start(WorkerConfig config) {
        WorkerProcess w = launch(config);
        w.awaitReady();
        return w;
    }

    /** Starts a worker without waiting for it. */
    public static WorkerProcess launch(WorkerConfig config) {
        Path out = config.ledger().resolveSibling(config.id() + ".out");
        return new WorkerProcess(config, JavaProcess.start(WorkerMain.class, config.toArgs(), "256m", out), out);
    }

    /** Waits until the worker wrote its ready line (or fails, pointing at its output). */
    public void awaitReady() {
        Await.until("worker " + id() + " is ready (see " + out + ")", READY_TIMEOUT,
                () -> isReady() || !process.isAlive());
        if (!process.isAlive()) {
            throw new IllegalStateException("worker " + id() + " exited with " + process.exitValue()
                    + " before it was ready; see " + out);
        }
    }

    private boolean isReady() {
        try {
            return Files.exists(config.ledger()) && Files.readString(config.ledger()).contains("R " + id() + " ");
        } catch (IOException e) {
            return false;
        }
    }

    public String id() {
        return config.id();
    }

    public WorkerConfig config() {
        return config;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * {@code kill -9}; returns when the process is gone, with the time the signal was sent and the
     * time its exit was seen. In between the process may still run for a few milliseconds (longer
     * on a busy machine), and start jobs.
     */
    public Window kill() {
        long sent = System.currentTimeMillis();
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
        return new Window(sent, System.currentTimeMillis());
    }

    /** When a fault began and ended, in milliseconds of the wall clock the ledgers use. */
    public record Window(long from, long to) {
    }

    /** SIGTERM; returns the time it was sent (the process runs its shutdown hook and exits). */
    public long terminate() {
        long at = System.currentTimeMillis();
        process.destroy();
        return at;
    }

    /** SIGSTOP: the whole JVM freezes; returns the time it was sent. */
    public long freeze() {
        long at = System.currentTimeMillis();
        JavaProcess.signal(pid(), "STOP");
        return at;
    }

    /** SIGCONT; returns the time it was sent. */
    public long thaw() {
        long at = System.currentTimeMillis();
        JavaProcess.signal(pid(), "CONT");
        return at;
    }

    /** Waits for the process to exit; returns its exit code. */
    public int waitForExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("worker " + id() + " did not exit within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return process.exitValue();
    }

    /** Kills the process if it still runs (cleanup). */
    public void destroy() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                JavaProcess.signal(pid(), "CONT");
            } catch (RuntimeException e) {
                // already gone
            }
        }
    }

    @Override
    public String toString() {
        return id() + " (pid " + pid() + ")";
    }
}
