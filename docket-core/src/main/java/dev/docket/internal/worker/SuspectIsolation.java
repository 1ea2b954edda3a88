package dev.docket.internal.worker;

import dev.docket.spi.JobRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a job that may kill its process from taking the same innocent jobs down with it again and
 * again. A job lost with its worker before (a "suspect") is handed out next to the jobs lost with
 * it, since a rescue keeps their places in the queue; without care the next process claims the
 * whole group at once, dies with it again, and after three such losses every job of the group is
 * dead, not just the one that halts the JVM. So a suspect runs without company from its claim, and
 * a process runs at most one suspect at a time: the jobs it hands back go to later claims.
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

    private SuspectIsolation() {
    }

    /** Whether {@code job} was lost with a worker before. */
    static boolean suspect(JobRecord job) {
        return job.lostCount() > 0;
    }

    /**
     * @param claimed the batch, in claim order
     * @param suspectRunningHere whether this process already runs a suspect
     */
    static Split split(List<JobRecord> claimed, boolean suspectRunningHere) {
        if (claimed.stream().noneMatch(SuspectIsolation::suspect)) {
            return new Split(claimed, List.of());
        }
        List<JobRecord> run = new ArrayList<>();
        List<JobRecord> handBack = new ArrayList<>();
        if (suspectRunningHere) {
            for (JobRecord j : claimed) {
                (suspect(j) ? handBack : run).add(j);
            }
            return new Split(run, handBack);
        }
        JobRecord first = claimed.stream().filter(SuspectIsolation::suspect).findFirst().orElseThrow();
        for (JobRecord j : claimed) {
            (j == first ? run : handBack).add(j);
        }
        return new Split(run, handBack);
    }
}
