package dev.docket.internal.worker;

import dev.docket.spi.JobRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Keeps a job that kills its process from taking the same innocent jobs down with it to the end.
 * Jobs lost with a worker come back next to each other (a rescue keeps their places in the queue),
 * so the next process claims the group at once and, if one of them halts the JVM, dies with all of
 * them again. A job that one more loss would kill (a "suspect": lost {@code maxLosses - 1} times)
 * therefore runs without company from its claim (the rest of the claim is handed back before it
 * starts), and while it runs its process claims nothing else, since whatever it took could die with
 * it: the poison job dies alone and the innocent ones, one loss short of dead, get their run
 * elsewhere. Jobs lost only once (a plain {@code kill -9}) are not held back, so ordinary rescues
 * stay fast.
 */
final class SuspectIsolation {
    /**
     * What to do with a claimed batch.
     *
     * @param run the jobs to run here
     * @param handBack the jobs to give back at once (no loss counted, places kept)
     */
    record Split(List<JobRecord> run, List<JobRecord> handBack) {
    }

    private final int suspectAfter;

    /** @param maxLosses after this many losses a job goes dead */
    SuspectIsolation(int maxLosses) {
        this.suspectAfter = Math.max(1, maxLosses - 1);
    }

    /** Whether one more loss would kill {@code job}. */
    boolean suspect(JobRecord job) {
        return job.lostCount() >= suspectAfter;
    }

    /**
     * @param claimed the batch, in claim order
     * @param suspectRunningHere whether this process already runs a suspect (asked only when the batch
     *     holds one, so the common case costs nothing)
     */
    Split split(List<JobRecord> claimed, BooleanSupplier suspectRunningHere) {
        if (claimed.stream().noneMatch(this::suspect)) {
            return new Split(claimed, List.of());
        }
        List<JobRecord> run = new ArrayList<>();
        List<JobRecord> handBack = new ArrayList<>();
        if (suspectRunningHere.getAsBoolean()) {
            for (JobRecord j : claimed) {
                (suspect(j) ? handBack : run).add(j);
            }
            return new Split(run, handBack);
        }
        JobRecord first = claimed.stream().filter(this::suspect).findFirst().orElseThrow();
        for (JobRecord j : claimed) {
            (j == first ? run : handBack).add(j);
        }
        return new Split(run, handBack);
    }
}
