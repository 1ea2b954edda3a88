package dev.docket.reliability.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.JobState;
import dev.docket.reliability.ledger.History;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker's rules on hand-written ledgers. */
class HistoryCheckerTest {
    private final History h = new History();
    private final Map<String, JobState> states = new HashMap<>();

    private LedgerFigures check() {
        return HistoryChecker.check(h.sorted(), states, id -> JobState.SUCCEEDED);
    }

    private void lines(String... lines) {
        for (String l : lines) {
            h.add(l);
        }
    }

    @Test
    void aJobRunOnceIsNeitherLostNorDuplicate() {
        lines("A 1 0", "S 1 1 w1 100", "E 1 1 w1 110 done", "O 1 1 w1 120");
        states.put("1", JobState.SUCCEEDED);

        LedgerFigures f = check();

        assertThat(f).isEqualTo(new LedgerFigures(1, 0, 0, 0, 0, 0, 0, 0, 0, -1));
    }

    @Test
    void anAcknowledgedJobMissingOrUnfinishedIsLostAndUnfinishedIsStuck() {
        lines("A 1 0", "A 2 0", "A 3 0");
        states.put("1", JobState.SUCCEEDED);
        states.put("2", JobState.AVAILABLE);

        LedgerFigures f = check();

        assertThat(f.lost()).isEqualTo(2);
        assertThat(f.stuck()).isEqualTo(1);
    }

    @Test
    void anAttemptKilledMidRunIsAnAttributableDuplicateAndAnOrphanWithItsRestartTime() {
        lines("A 1 0", "S 1 1 w1 100", "F kill w1 150 150", "S 1 2 w2 2150", "E 1 2 w2 2160 done", "O 1 2 w2 2170");
        states.put("1", JobState.SUCCEEDED);

        LedgerFigures f = check();

        assertThat(f.duplicates()).isEqualTo(1);
        assertThat(f.attributable()).isEqualTo(1);
        assertThat(f.orphans()).isEqualTo(1);
        assertThat(f.maxOrphanRestartMs()).isEqualTo(2000);
    }

    /**
     * A job w1 starts at {@code startedAt} (and finishes) around its kill, signalled at 150 and
     * exited at 162; w2 runs it again.
     */
    private LedgerFigures killedFrom150To162AfterAStartAt(long startedAt) {
        lines("A 1 0", "F kill w1 150 162", "S 1 1 w1 " + startedAt, "E 1 1 w1 " + (startedAt + 2) + " done",
                "S 1 2 w2 2150", "E 1 2 w2 2160 done", "O 1 2 w2 2170");
        states.put("1", JobState.SUCCEEDED);
        return check();
    }

    @Test
    void anAttemptStartedBetweenTheKillSignalAndTheExitIsAttributableAndAnOrphan() {
        LedgerFigures f = killedFrom150To162AfterAStartAt(158);

        assertThat(f.duplicates()).isEqualTo(1);
        assertThat(f.attributable()).isEqualTo(1);
        assertThat(f.orphans()).isEqualTo(1);
        assertThat(f.maxOrphanRestartMs()).isEqualTo(2000);
    }

    @Test
    void anAttemptStartedAfterTheExitIsNoOrphanOfTheKill() {
        LedgerFigures f = killedFrom150To162AfterAStartAt(170);

        assertThat(f.duplicates()).isEqualTo(1);
        assertThat(f.attributable()).isZero();
        assertThat(f.orphans()).isZero();
    }

    @Test
    void aFinishedAttemptWhoseOutcomeDiedWithItsProcessIsHeldUntilTheKill() {
        lines("A 1 0", "S 1 1 w1 100", "E 1 1 w1 110 done", "F kill w1 150 150", "S 1 2 w2 900",
                "E 1 2 w2 910 done", "O 1 2 w2 920");
        states.put("1", JobState.SUCCEEDED);

        LedgerFigures f = check();

        assertThat(f.duplicates()).isEqualTo(1);
        assertThat(f.attributable()).isEqualTo(1);
        assertThat(f.orphans()).isEqualTo(1);
    }

    @Test
    void aSecondRunWithoutAnyFaultIsAnUnattributedDuplicate() {
        lines("A 1 0", "S 1 1 w1 100", "E 1 1 w1 110 done", "O 1 1 w1 115", "F kill w1 150 150",
                "S 1 2 w2 900", "E 1 2 w2 910 done", "O 1 2 w2 920");
        states.put("1", JobState.SUCCEEDED);

        LedgerFigures f = check();

        assertThat(f.duplicates()).isEqualTo(1);
        assertThat(f.attributable()).as("the outcome was recorded before the kill").isZero();
    }

    @Test
    void anAttemptStoppedCleanlyAndRunAgainIsAHandBackNotADuplicate() {
        lines("A 1 0", "S 1 1 w1 100", "F term w1 150 1200", "E 1 1 w1 1150 stopped", "S 1 2 w2 1210",
                "E 1 2 w2 1220 done", "O 1 2 w2 1230");
        states.put("1", JobState.SUCCEEDED);

        LedgerFigures f = check();

        assertThat(f.reRuns()).isEqualTo(1);
        assertThat(f.handedBack()).isEqualTo(1);
        assertThat(f.duplicates()).isZero();
    }

    @Test
    void aFrozenWorkersLateCompletionIsAttributableToTheFreeze() {
        lines("A 1 0", "S 1 1 w1 100", "F freeze w1 200 5000", "S 1 2 w2 3000", "E 1 2 w2 3100 done",
                "O 1 2 w2 3110", "E 1 1 w1 5010 done", "L 1 1 w1 5020");
        states.put("1", JobState.SUCCEEDED);

        LedgerFigures f = check();

        assertThat(f.duplicates()).isEqualTo(1);
        assertThat(f.attributable()).isEqualTo(1);
        assertThat(f.orphans()).as("a freeze is not a death").isZero();
    }

    @Test
    void anOrphanNeverRestartedIsCountedUnlessItsJobEnded() {
        lines("A 1 0", "A 2 0", "S 1 1 w1 100", "S 2 1 w1 100", "F kill w1 150 150");
        states.put("1", JobState.RUNNING);
        states.put("2", JobState.DEAD);

        LedgerFigures f = check();

        assertThat(f.orphans()).isEqualTo(2);
        assertThat(f.unrestartedOrphans()).isEqualTo(1);
        assertThat(f.maxOrphanRestartMs()).isEqualTo(-1);
    }

    @Test
    void aTornLastLineIsIgnored() {
        lines("A 1 0", "S 1 1 w1 100", "E 1 1 w");
        states.put("1", JobState.SUCCEEDED);

        assertThat(check().jobs()).isEqualTo(1);
        assertThat(h.end("1", 1, "w1")).isNull();
    }
}
