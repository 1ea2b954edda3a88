package dev.docket.reliability.scenario;

import org.junit.jupiter.api.Test;

/** Scenario 8, short: a JVM-halting handler and 1,000 malformed payloads among healthy jobs. */
class PoisonScenarioTest {
    @Test
    void poisonJobsGoDeadAndHealthyJobsKeepFlowing() throws Exception {
        ShortRun.run(new PoisonScenario());
    }
}
