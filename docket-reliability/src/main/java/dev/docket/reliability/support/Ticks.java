package dev.docket.reliability.support;

import dev.docket.reliability.check.Result;
import dev.docket.reliability.worker.JobTypes;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The ticks the every-second schedule fired, read from its jobs' {@code tick} metadata. */
public final class Ticks {
    private Ticks() {
    }

    /** Every fired tick, one entry per job (so a tick fired twice appears twice), in order. */
    public static List<Instant> fired(Store store) {
        List<Instant> out = new ArrayList<>();
        for (JobRecord r : FinalStates.records(store, JobFilter.ALL.withType(JobTypes.TICK.name())).values()) {
            String tick = r.meta().get("tick");
            if (tick != null) {
                out.add(Instant.parse(tick));
            }
        }
        Collections.sort(out);
        return out;
    }

    /**
     * Checks that every whole second in {@code [from, to]} has exactly one job, and records the
     * counts of missing and doubled ticks.
     */
    public static void checkExactlyOnce(Store store, Instant from, Instant to, Result result) {
        Map<Instant, Integer> counts = new TreeMap<>();
        for (Instant t : fired(store)) {
            counts.merge(t, 1, Integer::sum);
        }
        long window = 0;
        long missing = 0;
        long doubled = 0;
        List<Instant> examples = new ArrayList<>();
        for (Instant t = from; !t.isAfter(to); t = t.plusSeconds(1)) {
            window++;
            int n = counts.getOrDefault(t, 0);
            if (n != 1 && examples.size() < 3) {
                examples.add(t);
            }
            missing += n == 0 ? 1 : 0;
            doubled += n > 1 ? 1 : 0;
        }
        long doubledAnywhere = counts.values().stream().filter(n -> n > 1).count();
        result.figure("ticks in window", window);
        result.figure("missed ticks", missing);
        result.figure("duplicate ticks", doubledAnywhere);
        result.check("every tick in the window fired exactly once", missing == 0 && doubled == 0,
                missing + " missed, " + doubled + " doubled of " + window + (examples.isEmpty() ? "" : ", e.g. " + examples));
        result.check("no tick fired twice, in or out of the window", doubledAnywhere, v -> v == 0);
    }

    /** Waits until a tick at or after {@code t} has fired. */
    public static void awaitFired(Store store, Instant t, java.time.Duration timeout) {
        Await.until("tick " + t + " fired", timeout, () -> {
            List<Instant> f = fired(store);
            return !f.isEmpty() && !f.get(f.size() - 1).isBefore(t);
        });
    }
}
