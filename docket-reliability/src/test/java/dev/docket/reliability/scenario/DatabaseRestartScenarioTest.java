package dev.docket.reliability.scenario;

import org.junit.jupiter.api.Test;

/** Scenario 4, short: a private PostgreSQL stopped and started again mid-run. */
class DatabaseRestartScenarioTest {
    @Test
    void nothingAcknowledgedIsLostAndEverythingResumesAfterTheDatabaseReturns() throws Exception {
        ShortRun.run(new DatabaseRestartScenario());
    }
}
