package dev.docket.postgres;

import dev.docket.spi.ClaimParams;
import dev.docket.spi.JobRecord;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Where a claim may start its walk of the claim index, per queue and type filter of this store
 * instance.
 *
 * <p>Every claimed job leaves a dead entry at the head of the claim index until vacuum removes it,
 * and while any transaction holds an old snapshot (or autovacuum is off or behind) nothing removes
 * it: a claim from the head walks all of them, so claims get slower the more jobs went before. A
 * claim that starts near the jobs still waiting skips them:
 * <ul>
 *   <li>after a full batch (a backlog), just past the batch's last job (an <em>exact</em> hint);</li>
 *   <li>after a short batch (the queue ran dry), at priority 0 and {@link #MARGIN_MS} before the
 *       latest run time handed out, since new jobs run from the time their insert began.</li>
 * </ul>
 *
 * <p>A job can become available behind that point: made available by another process (a rescue,
 * a release, staging, a retry, a job inserted with an earlier run time or a higher priority), or
 * committed by a transaction that began long before. So a hint is followed at most {@link
 * #FULL_EVERY_MS} after a claim from the head, an exact hint that comes back short is completed
 * from the head, and this store instance drops a queue's hints whenever it makes one of its jobs
 * available that may lie behind them. A job behind a hint is therefore claimed at the latest by the
 * next claim from the head, at most {@link #FULL_EVERY_MS} later.
 */
final class ClaimHints {
    /** The longest a hint is followed before a claim walks from the head again. */
    static final long FULL_EVERY_MS = 1_000;
    /** How far before the latest run time handed out a claim starts once the queue ran dry. */
    static final long MARGIN_MS = 1_000;
    private static final long FULL_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(FULL_EVERY_MS);
    /** More keys than this (many type filters) and the hints start over. */
    private static final int MAX_KEYS = 256;

    /** What a hint is for: one queue and one type filter. */
    record Key(String queue, Set<String> onlyTypes, Set<String> exceptTypes) {
    }

    /**
     * Claims may start past {@code (priority, runAt, id)}.
     *
     * @param fullAt when the last claim from the head was made (nanoseconds of the hints' clock)
     * @param exact whether it is the last job of a full batch (else a point a margin before the
     *     latest run time, after the queue ran dry)
     */
    record Hint(int priority, Instant runAt, long id, long fullAt, boolean exact) {
    }

    private final LongSupplier nanos;
    private final Map<Key, Hint> hints = new ConcurrentHashMap<>();
    /** Moves on whenever hints are dropped, so a claim running meanwhile does not store one. */
    private final AtomicLong generation = new AtomicLong();

    ClaimHints() {
        this(System::nanoTime);
    }

    /** With {@code nanos} as the clock (tests move it by hand). */
    ClaimHints(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** The key of a single-queue claim. */
    static Key key(ClaimParams p) {
        return new Key(p.queues().get(0), p.onlyTypes(), p.exceptTypes());
    }

    /** The current generation, read before a claim and passed to {@link #claimed}. */
    long generation() {
        return generation.get();
    }

    /** The hint a claim for {@code key} may start from, or {@code null} to walk from the head. */
    Hint usable(Key key) {
        Hint h = hints.get(key);
        if (h == null || nanos.getAsLong() - h.fullAt() >= FULL_EVERY_NANOS) {
            return null;
        }
        return h;
    }

    /**
     * Records a claim's result ({@code claimed} in claim order).
     *
     * @param fromHead whether the claim walked from the head (else it started at {@code used})
     * @param used the hint the claim started from, when it did
     */
    void claimed(Key key, long generationBefore, List<JobRecord> claimed, int limit, boolean fromHead, Hint used) {
        long fullAt = fromHead ? nanos.getAsLong() : used.fullAt();
        Hint next;
        if (claimed.isEmpty()) {
            Hint held = hints.get(key);
            if (held == null || !fromHead) {
                return;
            }
            next = new Hint(held.priority(), held.runAt(), held.id(), fullAt, held.exact());
        } else if (claimed.size() >= limit) {
            JobRecord last = claimed.get(claimed.size() - 1);
            next = new Hint(last.priority(), last.runAt(), last.id(), fullAt, true);
        } else {
            Instant latest = claimed.get(0).runAt();
            for (JobRecord j : claimed) {
                if (j.runAt().isAfter(latest)) {
                    latest = j.runAt();
                }
            }
            next = new Hint(0, latest.minusMillis(MARGIN_MS), 0, fullAt, false);
        }
        if (hints.size() >= MAX_KEYS && !hints.containsKey(key)) {
            hints.clear();
        }
        hints.put(key, next);
        if (generation.get() != generationBefore) {
            hints.remove(key);
        }
    }

    /** Jobs of {@code queues} may have become available anywhere in the claim order: drop their hints. */
    void forget(Collection<String> queues) {
        if (queues.isEmpty()) {
            return;
        }
        generation.incrementAndGet();
        hints.keySet().removeIf(k -> queues.contains(k.queue()));
    }

    /**
     * A job was inserted as available into {@code queue}: it lies past the hints unless its run
     * time was given ({@code timed}) or its priority comes before theirs. (A plain insert of a
     * higher priority than the backlog's, committed while a claim runs, can still end up behind
     * the hint that claim leaves; it waits at most {@link #FULL_EVERY_MS}.)
     */
    void inserted(String queue, int priority, boolean timed) {
        if (timed) {
            forget(List.of(queue));
            return;
        }
        for (Map.Entry<Key, Hint> e : hints.entrySet()) {
            if (e.getKey().queue().equals(queue) && priority < e.getValue().priority()) {
                forget(List.of(queue));
                return;
            }
        }
    }
}
