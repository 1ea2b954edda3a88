package dev.docket.reliability.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.reliability.check.Result;
import org.junit.jupiter.api.Test;

/** Scenario 2, short: worker JVMs killed with kill -9 and restarted while they drain a queue. */
class KillScenarioTest {
    @Test
    void killedWorkersLoseNothingAndEveryDuplicateIsTheirs() throws Exception {
        Result r = ShortRun.run(WorkloadScenario.killNine());
        assertThat(Integer.parseInt(r.figures().get("kills"))).as("kills injected").isPositive();
    }
}
