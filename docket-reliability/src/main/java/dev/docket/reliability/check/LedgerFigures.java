package dev.docket.reliability.check;

/**
 * What the history of one run shows, job by job.
 *
 * @param jobs acknowledged enqueues
 * @param lost acknowledged jobs that are missing at the end or not in the expected terminal state
 * @param stuck jobs (acknowledged or not) still unfinished at the end: scheduled, available, running
 *     or retryable
 * @param reRuns jobs started more than once for any reason
 * @param handedBack earlier attempts that stopped cleanly (handler interrupted before its work was
 *     done, for example at shutdown) and so were not duplicates
 * @param duplicates jobs whose work may have been done twice: an earlier attempt either completed
 *     or vanished with its process (no end line), and the job was started again
 * @param attributable of the duplicates, those whose every such earlier attempt overlaps a fault
 *     injected into its worker
 * @param orphans attempts held by a process when it died (started, outcome not yet recorded)
 * @param unrestartedOrphans orphans never started again although their job did not end
 * @param maxOrphanRestartMs the longest time from a process's death to the next start of a job it
 *     held, or -1 when nothing was orphaned
 */
public record LedgerFigures(
        long jobs,
        long lost,
        long stuck,
        long reRuns,
        long handedBack,
        long duplicates,
        long attributable,
        long orphans,
        long unrestartedOrphans,
        long maxOrphanRestartMs) {
}
