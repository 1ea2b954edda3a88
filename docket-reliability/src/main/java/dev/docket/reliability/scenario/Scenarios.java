package dev.docket.reliability.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every scenario of the battery, in the order of {@code docs/reliability.md}. */
public final class Scenarios {
    private Scenarios() {
    }

    /** The scenarios by name, in order. */
    public static Map<String, Scenario> all() {
        Map<String, Scenario> m = new LinkedHashMap<>();
        for (Scenario s : List.of(WorkloadScenario.baseline(), WorkloadScenario.killNine(), new SigtermScenario(),
                new DatabaseRestartScenario(), new FreezeScenario(), new ClockSkewScenario(), new LeaderChurnScenario(),
                new PoisonScenario(), new LongTransactionScenario(), new SqliteCrashScenario(), new HttpFuzzScenario())) {
            m.put(s.name(), s);
        }
        return m;
    }
}
