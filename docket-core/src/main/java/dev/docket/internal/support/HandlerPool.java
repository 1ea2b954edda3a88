package dev.docket.internal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Platform threads for handlers, waking as few of them as a burst of tasks needs.
 *
 * <p>A burst of claimed jobs arrives at once. Waking one parked thread per task costs a system
 * call and a context switch per job, which for short jobs is most of their cost. Here at most one
 * woken thread is "searching" at a time: a task wakes a thread only when none is searching, and a
 * searcher that finds a task wakes the next one only if tasks are still waiting. Threads that
 * finish a task take the next without parking, so short tasks are run by as few threads as keep
 * up, while tasks that block still get a thread each: the wake-ups go on, one after another, as
 * long as tasks wait. Callers limit how many tasks they submit to {@code maxThreads} at a time
 * (the queues' concurrency), so a task never waits for a thread to free up. Threads idle for
 * {@code keepAlive} end.
 */
public final class HandlerPool extends AbstractExecutorService {
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** Parked threads, the most recently parked first (their caches are warm). */
    private final ConcurrentLinkedDeque<Worker> idle = new ConcurrentLinkedDeque<>();
    private final List<Worker> all = new ArrayList<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicInteger searching = new AtomicInteger();
    private final ThreadFactory factory;
    private final int maxThreads;
    private final long keepAliveNanos;
    private volatile boolean shutdown;

    public HandlerPool(int maxThreads, long keepAlive, TimeUnit unit, ThreadFactory factory) {
        if (maxThreads < 1) {
            throw new IllegalArgumentException("maxThreads must be at least 1, was " + maxThreads);
        }
        this.maxThreads = maxThreads;
        this.keepAliveNanos = unit.toNanos(keepAlive);
        this.factory = factory;
    }

    @Override
    public void execute(Runnable task) {
        if (shutdown) {
            throw new RejectedExecutionException("the handler pool is shut down");
        }
        tasks.offer(task);
        if (searching.get() == 0) {
            wakeOne();
        }
    }

    /** Makes one more thread search: a parked one, or a new one while below the maximum. */
    private void wakeOne() {
        Worker w = idle.pollFirst();
        if (w != null) {
            searching.incrementAndGet();
            w.wake();
            return;
        }
        int n = threads.get();
        while (n < maxThreads) {
            if (threads.compareAndSet(n, n + 1)) {
                searching.incrementAndGet();
                start();
                return;
            }
            n = threads.get();
        }
    }

    private void start() {
        Worker w = new Worker();
        Thread t = factory.newThread(w);
        w.thread = t;
        synchronized (all) {
            all.add(w);
        }
        t.start();
    }

    /** How many threads exist (for tests). */
    int threads() {
        return threads.get();
    }

    @Override
    public void shutdown() {
        shutdown = true;
        wakeIdle();
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>();
        for (Runnable r; (r = tasks.poll()) != null; ) {
            left.add(r);
        }
        synchronized (all) {
            all.forEach(w -> w.thread.interrupt());
        }
        wakeIdle();
        return left;
    }

    private void wakeIdle() {
        for (Worker w; (w = idle.pollFirst()) != null; ) {
            searching.incrementAndGet();
            w.wake();
        }
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && threads.get() == 0;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (all) {
            while (!isTerminated()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(all, left);
            }
            return true;
        }
    }

    /** One thread's loop: run tasks while there are any, else park until woken or idle too long. */
    private final class Worker implements Runnable {
        private Thread thread;
        /** Set by whoever took this worker off the idle list, before unparking it. */
        private volatile boolean woken;

        void wake() {
            woken = true;
            LockSupport.unpark(thread);
        }

        @Override
        public void run() {
            boolean searcher = true;
            try {
                while (true) {
                    Runnable task = tasks.poll();
                    if (task != null) {
                        if (searcher) {
                            searcher = false;
                            if (searching.decrementAndGet() == 0 && !tasks.isEmpty()) {
                                wakeOne();
                            }
                        }
                        runTask(task);
                        continue;
                    }
                    if (searcher) {
                        searcher = false;
                        searching.decrementAndGet();
                        continue; // look once more: a task offered meanwhile may not have woken anyone
                    }
                    if (shutdown || !park()) {
                        return;
                    }
                    searcher = true;
                }
            } finally {
                synchronized (all) {
                    all.remove(this);
                    threads.decrementAndGet();
                    all.notifyAll();
                }
            }
        }

        private void runTask(Runnable task) {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            } finally {
                Thread.interrupted();
            }
        }

        /**
         * Parks until woken (true: counted as searching by the waker, or by itself when a task
         * arrived as it was parking) or idle for the keep-alive or shut down (false: end).
         */
        private boolean park() {
            idle.offerFirst(this);
            if ((!tasks.isEmpty() || shutdown) && idle.removeFirstOccurrence(this)) {
                searching.incrementAndGet();
                return true;
            }
            long deadline = System.nanoTime() + keepAliveNanos;
            while (!woken) {
                LockSupport.parkNanos(this, Math.max(1, deadline - System.nanoTime()));
                Thread.interrupted();
                if (!woken && (shutdown || System.nanoTime() - deadline >= 0) && idle.removeFirstOccurrence(this)) {
                    return false;
                }
            }
            woken = false;
            return true;
        }
    }
}
