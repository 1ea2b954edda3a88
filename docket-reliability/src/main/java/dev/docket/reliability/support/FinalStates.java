package dev.docket.reliability.support;

import dev.docket.JobState;
import dev.docket.spi.JobFilter;
import dev.docket.spi.JobRecord;
import dev.docket.spi.ListParams;
import dev.docket.spi.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the state of every job in a store, by id, a page at a time. */
public final class FinalStates {
    private static final int PAGE = 5000;

    private FinalStates() {
    }

    /** Every job's state, keyed by its id as the ledgers write it. */
    public static Map<String, JobState> of(Store store) {
        return records(store, JobFilter.ALL, r -> r.state());
    }

    /** Every job's full record, keyed by id. */
    public static Map<String, JobRecord> records(Store store, JobFilter filter) {
        return records(store, filter, r -> r);
    }

    private static <T> Map<String, T> records(Store store, JobFilter filter, java.util.function.Function<JobRecord, T> f) {
        Map<String, T> out = new HashMap<>();
        Long before = null;
        while (true) {
            List<JobRecord> page = store.queries().list(new ListParams(filter, before, PAGE));
            for (JobRecord r : page) {
                out.put(Long.toString(r.id()), f.apply(r));
            }
            if (page.size() < PAGE) {
                return out;
            }
            before = page.get(page.size() - 1).id();
        }
    }
}
