package dev.docket.reliability.scenario;

import org.junit.jupiter.api.Test;

/** Scenario 5, short: a worker frozen with SIGSTOP for twice its lease, then resumed. */
class FreezeScenarioTest {
    @Test
    void aFrozenWorkersJobsAreRescuedOnceAndItsLateOutcomesRejected() throws Exception {
        ShortRun.run(new FreezeScenario());
    }
}
