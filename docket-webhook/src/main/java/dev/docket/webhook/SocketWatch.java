package dev.docket.webhook;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Closes a delivery's socket when its deadline passes or its job is cancelled. Blocking socket
 * calls do not react to {@link Thread#interrupt()} on platform threads, so without this a
 * cancelled job would sit in {@code connect} or {@code read} until the peer or the timeout
 * released it. Closing the socket makes the blocked call fail at once.
 *
 * <p>One daemon thread checks every watched delivery every {@value #PERIOD_MS} ms.
 */
final class SocketWatch implements AutoCloseable {
    static final long PERIOD_MS = 25;

    /** Why the socket was closed under the delivery. */
    enum Trip { NONE, TIMED_OUT, CANCELLED }

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private final BooleanSupplier cancelled;
    private final long deadlineNanos;
    private final ScheduledFuture<?> task;
    private volatile Socket socket;
    private volatile Trip trip = Trip.NONE;

    private SocketWatch(BooleanSupplier cancelled, long deadlineNanos) {
        this.cancelled = cancelled;
        this.deadlineNanos = deadlineNanos;
        this.task = TIMER.scheduleWithFixedDelay(this::check, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Watches a delivery that must end by {@code deadlineNanos} ({@link System#nanoTime()}). */
    static SocketWatch start(BooleanSupplier cancelled, long deadlineNanos) {
        return new SocketWatch(cancelled, deadlineNanos);
    }

    /** The socket to close when tripped; closed at once if the watch already tripped. */
    void attach(Socket s) {
        this.socket = s;
        if (trip != Trip.NONE) {
            closeQuietly(s);
        }
    }

    /** Why the socket was closed, or {@link Trip#NONE}. */
    Trip trip() {
        return trip;
    }

    /** Nanoseconds left until the deadline (at least 0). */
    long remainingNanos() {
        return Math.max(0, deadlineNanos - System.nanoTime());
    }

    private void check() {
        if (trip != Trip.NONE) {
            return;
        }
        Trip now = Trip.NONE;
        try {
            if (cancelled.getAsBoolean()) {
                now = Trip.CANCELLED;
            } else if (System.nanoTime() - deadlineNanos >= 0) {
                now = Trip.TIMED_OUT;
            }
        } catch (RuntimeException e) {
            now = Trip.CANCELLED;
        }
        if (now != Trip.NONE) {
            trip = now;
            Socket s = socket;
            if (s != null) {
                closeQuietly(s);
            }
        }
    }

    @Override
    public void close() {
        task.cancel(false);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing is all we wanted; the blocked call reports the failure
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "docket-http-watch");
            thread.setDaemon(true);
            return thread;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }
}
