package dev.docket.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Available jobs in claim order. Each queue has one lane per priority (0–9), each lane ordered by
 * run time then id, so a claim reads lane heads instead of sorting: priorities in turn, and within
 * one priority a merge of the asked queues' lanes.
 */
final class AvailableIndex {
    static final int PRIORITIES = 10;
    private static final Comparator<MemJob> LANE_ORDER = MemJob.BY_RUN_AT;

    private final Map<String, TreeSet<MemJob>[]> lanes = new HashMap<>();

    @SuppressWarnings("unchecked")
    void add(MemJob job) {
        TreeSet<MemJob>[] queue = lanes.computeIfAbsent(job.queue, q -> new TreeSet[PRIORITIES]);
        TreeSet<MemJob> lane = queue[job.priority];
        if (lane == null) {
            lane = new TreeSet<>(LANE_ORDER);
            queue[job.priority] = lane;
        }
        lane.add(job);
    }

    void remove(MemJob job) {
        TreeSet<MemJob>[] queue = lanes.get(job.queue);
        if (queue != null && queue[job.priority] != null) {
            queue[job.priority].remove(job);
        }
    }

    /**
     * Up to {@code limit} jobs of {@code queues} whose type {@code admits}, in claim order
     * (priority, run time, id). The jobs stay indexed; the caller moves them.
     */
    List<MemJob> pick(List<String> queues, Predicate<String> admits, int limit) {
        List<MemJob> picked = new ArrayList<>(Math.min(limit, 64));
        for (int p = 0; p < PRIORITIES && picked.size() < limit; p++) {
            PriorityQueue<Cursor> heads = new PriorityQueue<>();
            for (String q : queues) {
                TreeSet<MemJob>[] queue = lanes.get(q);
                if (queue != null && queue[p] != null && !queue[p].isEmpty()) {
                    Cursor c = new Cursor(queue[p].iterator());
                    if (c.advance(admits)) {
                        heads.add(c);
                    }
                }
            }
            while (picked.size() < limit && !heads.isEmpty()) {
                Cursor c = heads.poll();
                picked.add(c.head);
                if (c.advance(admits)) {
                    heads.add(c);
                }
            }
        }
        return picked;
    }

    /** For each queue with available jobs, the earliest run time among them. */
    Map<String, Instant> earliestRunAt() {
        Map<String, Instant> out = new HashMap<>();
        lanes.forEach((queue, byPriority) -> {
            Instant min = null;
            for (TreeSet<MemJob> lane : byPriority) {
                if (lane != null && !lane.isEmpty()) {
                    Instant head = lane.first().runAt;
                    min = min == null || head.isBefore(min) ? head : min;
                }
            }
            if (min != null) {
                out.put(queue, min);
            }
        });
        return out;
    }

    /** A position in one lane, ordered by its current head. */
    private static final class Cursor implements Comparable<Cursor> {
        private final Iterator<MemJob> rest;
        private MemJob head;

        Cursor(Iterator<MemJob> rest) {
            this.rest = rest;
        }

        /** Moves to the next admitted job; false when the lane has none left. */
        boolean advance(Predicate<String> admits) {
            while (rest.hasNext()) {
                MemJob j = rest.next();
                if (admits.test(j.type)) {
                    head = j;
                    return true;
                }
            }
            return false;
        }

        @Override
        public int compareTo(Cursor other) {
            return LANE_ORDER.compare(head, other.head);
        }
    }
}
