package dev.docket.reliability.check;

import dev.docket.JobState;
import dev.docket.reliability.ledger.Entry;
import dev.docket.reliability.ledger.Fault;
import dev.docket.reliability.ledger.History;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a run's history against the store's final state. Pure: the same history and states give
 * the same figures, so the rules are unit-tested on hand-written ledgers.
 *
 * <ul>
 *   <li><b>lost</b>: acknowledged, but at the end missing or not in its expected terminal state;</li>
 *   <li><b>duplicate</b>: started again after an earlier attempt that completed its work or vanished
 *       with its process (an attempt that ended {@code stopped} or {@code failed} did not do its
 *       work, so running it again is a hand-back or a retry, not a duplicate);</li>
 *   <li><b>attributable</b>: each such earlier attempt was held by its worker (started, outcome not
 *       yet recorded in the store) while a fault hit that worker (kill, freeze, SIGTERM window,
 *       halt, database outage): a handler that finished just before a kill, whose outcome was
 *       still on its way to the store, counts as held;</li>
 *   <li><b>stuck</b>: unfinished at the end;</li>
 *   <li><b>orphan restart time</b>: from a process's death ({@code kill} and {@code halt} faults;
 *       from the kill signal, though the process may run on until its exit) to the next start of
 *       each job it held (started there before its exit, outcome not recorded).</li>
 * </ul>
 */
public final class HistoryChecker {
    private static final Set<String> DEATHS = Set.of("kill", "halt");

    private HistoryChecker() {
    }

    /**
     * @param history what the ledgers say
     * @param finalStates the store's state of every job of the run at the end (absent: not stored)
     * @param expected the terminal state each job should end in
     */
    public static LedgerFigures check(History history, Map<String, JobState> finalStates,
                                      Function<String, JobState> expected) {
        long lost = history.acked().stream()
                .filter(id -> finalStates.get(id) != expected.apply(id)).count();
        long stuck = finalStates.values().stream().filter(JobState.UNFINISHED::contains).count();
        long reRuns = 0;
        long handedBack = 0;
        long duplicates = 0;
        long attributable = 0;
        for (String job : history.jobs()) {
            List<Entry> starts = history.starts(job);
            if (starts.size() < 2) {
                continue;
            }
            reRuns++;
            boolean duplicate = false;
            boolean explained = true;
            for (Entry earlier : starts.subList(0, starts.size() - 1)) {
                Entry end = history.end(job, earlier.attempt(), earlier.worker());
                if (end != null && !end.completed()) {
                    handedBack += end.outcome().equals("stopped") ? 1 : 0;
                    continue;
                }
                duplicate = true;
                explained &= overlapsFault(history.faults(), earlier,
                        history.recorded(job, earlier.attempt(), earlier.worker()));
            }
            if (duplicate) {
                duplicates++;
                attributable += explained ? 1 : 0;
            }
        }
        long[] orphans = orphans(history, finalStates);
        return new LedgerFigures(history.acked().size(), lost, stuck, reRuns, handedBack, duplicates, attributable,
                orphans[0], orphans[1], orphans[2]);
    }

    /**
     * Whether a fault on the attempt's worker overlaps the time the worker held the attempt: from its
     * start until the store recorded its outcome, or, when it never did, until the worker's end.
     */
    static boolean overlapsFault(List<Fault> faults, Entry start, Entry recorded) {
        for (Fault f : faults) {
            if (f.hits(start.worker()) && f.to() >= start.at() && (recorded == null || recorded.at() >= f.from())) {
                return true;
            }
        }
        return false;
    }

    /** {orphans, unrestarted, max restart ms} over every process death. */
    private static long[] orphans(History history, Map<String, JobState> finalStates) {
        long count = 0;
        long unrestarted = 0;
        long max = -1;
        for (Fault f : history.faults()) {
            if (!DEATHS.contains(f.kind())) {
                continue;
            }
            for (String job : history.jobs()) {
                for (Entry s : history.starts(job)) {
                    // a killed process may start jobs between the signal and its exit (f.to())
                    if (!s.worker().equals(f.worker()) || s.at() > f.to()
                            || history.recorded(job, s.attempt(), s.worker()) != null) {
                        continue;
                    }
                    count++;
                    Entry next = history.starts(job).stream().filter(n -> n.at() > f.to()).findFirst().orElse(null);
                    if (next != null) {
                        max = Math.max(max, next.at() - f.from());
                    } else if (!JobState.FINISHED.contains(finalStates.get(job))) {
                        unrestarted++;
                    }
                }
            }
        }
        return new long[] {count, unrestarted, max};
    }
}
