package dev.docket.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Jobs ordered by one of their instants, then id: due jobs by run time, running jobs by lease
 * expiry, finished jobs by finish time. Maintenance reads the head of the set instead of scanning
 * every job.
 */
final class TimeIndex {
    private final Function<MemJob, Instant> key;
    private final TreeSet<MemJob> jobs;

    /**
     * @param key the instant the index is about
     * @param order by that instant, then id
     */
    TimeIndex(Function<MemJob, Instant> key, Comparator<MemJob> order) {
        this.key = key;
        this.jobs = new TreeSet<>(order);
    }

    void add(MemJob job) {
        jobs.add(job);
    }

    void remove(MemJob job) {
        jobs.remove(job);
    }

    /** Up to {@code limit} jobs from the earliest on, while their instant passes {@code test}. */
    List<MemJob> headWhile(Predicate<Instant> test, int limit) {
        List<MemJob> out = new ArrayList<>();
        Iterator<MemJob> it = jobs.iterator();
        while (out.size() < limit && it.hasNext()) {
            MemJob j = it.next();
            if (!test.test(key.apply(j))) {
                break;
            }
            out.add(j);
        }
        return out;
    }

    /** Every job from the latest back, while its instant passes {@code test}. */
    List<MemJob> tailWhile(Predicate<Instant> test) {
        List<MemJob> out = new ArrayList<>();
        Iterator<MemJob> it = jobs.descendingIterator();
        while (it.hasNext()) {
            MemJob j = it.next();
            if (!test.test(key.apply(j))) {
                break;
            }
            out.add(j);
        }
        return out;
    }
}
