package dev.docket.reliability.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.reliability.check.Result;
import dev.docket.reliability.report.Table;
import java.nio.file.Path;

/** Runs a scenario in its short size under {@code target/reliability-tests} and asserts every check. */
final class ShortRun {
    private ShortRun() {
    }

    static Result run(Scenario scenario) throws Exception {
        Path root = Path.of("target", "reliability-tests", Long.toString(System.currentTimeMillis()));
        Result r = scenario.run(RunContext.create(root, scenario.name(), false));
        System.out.print(Table.details(r));
        assertThat(r.checks()).as("checks of %s", scenario.name()).isNotEmpty();
        assertThat(r.passed()).as("%s failed:%n%s(ledgers in %s)", scenario.name(), r.failures(),
                root.resolve(scenario.name()).toAbsolutePath()).isTrue();
        return r;
    }
}
