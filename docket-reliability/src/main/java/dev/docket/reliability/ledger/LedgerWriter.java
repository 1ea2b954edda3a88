package dev.docket.reliability.ledger;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Appends ledger lines to one file, one unbuffered {@code write} per line: a line is in the
 * kernel's page cache as soon as the call returns, so a {@code kill -9} of the writing process
 * loses nothing already written. Lines are whole (a single write of a short line is not
 * interleaved with another process's, and each process writes its own file anyway).
 */
public final class LedgerWriter implements AutoCloseable {
    private final FileOutputStream out;

    public LedgerWriter(Path file) {
        try {
            this.out = new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open ledger " + file, e);
        }
    }

    /** A job attempt started in {@code worker}. */
    public void start(String jobId, int attempt, String worker) {
        line("S " + jobId + " " + attempt + " " + worker + " " + System.currentTimeMillis());
    }

    /** A job attempt's handler ended in {@code worker}: {@code done}, {@code stopped} or {@code failed}. */
    public void end(String jobId, int attempt, String worker, String outcome) {
        line("E " + jobId + " " + attempt + " " + worker + " " + System.currentTimeMillis() + " " + outcome);
    }

    /** The store recorded the attempt's outcome (the runtime's event after the write). */
    public void recorded(String jobId, int attempt, String worker) {
        line("O " + jobId + " " + attempt + " " + worker + " " + System.currentTimeMillis());
    }

    /** The runtime told {@code worker} that it lost the attempt's lease (its outcome was not recorded). */
    public void leaseLost(String jobId, int attempt, String worker) {
        line("L " + jobId + " " + attempt + " " + worker + " " + System.currentTimeMillis());
    }

    /** The process is ready to work. */
    public void ready(String worker) {
        line("R " + worker + " " + System.currentTimeMillis());
    }

    /** An enqueue was acknowledged with this id. */
    public void acked(String jobId) {
        line("A " + jobId + " " + System.currentTimeMillis());
    }

    /** An enqueue of {@code count} jobs failed with an exception (so nothing was acknowledged). */
    public void refused(int count, String reason) {
        line("X " + count + " " + System.currentTimeMillis() + " " + reason.replace('\n', ' '));
    }

    /** A fault injected into {@code worker} ({@code *} for all) from {@code fromMs} to {@code toMs}. */
    public void fault(String kind, String worker, long fromMs, long toMs) {
        line("F " + kind + " " + worker + " " + fromMs + " " + toMs);
    }

    /** Writes one raw line. */
    public synchronized void line(String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the ledger", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
