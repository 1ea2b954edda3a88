package dev.docket.reliability.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The outcome of one scenario run: the ledger figures, the scenario's own measurements (resume
 * times, throughput and the like, in the order they were taken) and every pass/fail check with
 * what it saw. Filled in by the scenario as it goes.
 */
public final class Result {
    /**
     * One check.
     *
     * @param what what is promised
     * @param passed whether the run kept the promise
     * @param seen what the run showed
     */
    public record Check(String what, boolean passed, String seen) {
    }

    private final String scenario;
    private final String size;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<Check> checks = new ArrayList<>();
    private LedgerFigures ledger;
    private Duration took = Duration.ZERO;

    public Result(String scenario, String size) {
        this.scenario = scenario;
        this.size = size;
    }

    /** Records the ledger figures and checks the ones every scenario shares. */
    public Result ledger(LedgerFigures f) {
        this.ledger = f;
        figure("jobs", f.jobs());
        return this;
    }

    /** Records a measured figure. */
    public Result figure(String name, Object value) {
        figures.put(name, String.valueOf(value));
        return this;
    }

    /** Records a check. */
    public Result check(String what, boolean passed, String seen) {
        checks.add(new Check(what, passed, seen));
        return this;
    }

    /** Records a check on a number. */
    public Result check(String what, long value, LongPredicate ok) {
        return check(what, ok.test(value), String.valueOf(value));
    }

    public Result took(Duration d) {
        this.took = d;
        return this;
    }

    public String scenario() {
        return scenario;
    }

    public String size() {
        return size;
    }

    public LedgerFigures ledger() {
        return ledger;
    }

    public Map<String, String> figures() {
        return figures;
    }

    public List<Check> checks() {
        return checks;
    }

    public Duration took() {
        return took;
    }

    /** Whether every check passed (and there was at least one). */
    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
    }

    /** The failed checks, one per line, for assertion messages. */
    public String failures() {
        StringBuilder sb = new StringBuilder();
        checks.stream().filter(c -> !c.passed()).forEach(c -> sb.append(c.what()).append(": saw ")
                .append(c.seen()).append('\n'));
        return sb.toString();
    }
}
