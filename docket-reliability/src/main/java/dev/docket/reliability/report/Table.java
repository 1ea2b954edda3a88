package dev.docket.reliability.report;

import dev.docket.reliability.check.LedgerFigures;
import dev.docket.reliability.check.Result;
import java.util.List;
import java.util.Map;

/** Prints results as Markdown: one summary table, then every check and figure per scenario. */
public final class Table {
    private Table() {
    }

    /** The summary table: the ledger figures of every scenario that has them. */
    public static String summary(List<Result> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| scenario | size | jobs | lost | duplicates | attributable | stuck | re-runs | orphans"
                + " | max orphan restart | took | verdict |\n");
        sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            LedgerFigures f = r.ledger();
            sb.append("| ").append(r.scenario()).append(" | ").append(r.size()).append(" | ");
            if (f == null) {
                sb.append(r.figures().getOrDefault("acknowledged enqueues", r.figures().getOrDefault("requests", "–")))
                        .append(" | ").append(r.figures().getOrDefault("lost", "–")).append(" | – | – | – | – | – | – | ");
            } else {
                sb.append(f.jobs()).append(" | ").append(f.lost()).append(" | ").append(f.duplicates()).append(" | ")
                        .append(f.attributable()).append(" | ").append(f.stuck()).append(" | ").append(f.reRuns())
                        .append(" | ").append(f.orphans()).append(" | ")
                        .append(f.maxOrphanRestartMs() < 0 ? "–" : String.format("%.1f s", f.maxOrphanRestartMs() / 1000.0))
                        .append(" | ");
            }
            sb.append(r.took().toSeconds()).append(" s | ").append(r.passed() ? "pass" : "FAIL").append(" |\n");
        }
        return sb.toString();
    }

    /** Every figure and check of one result. */
    public static String details(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("### ").append(r.scenario()).append(" (").append(r.size()).append(")\n\n");
        for (Map.Entry<String, String> e : r.figures().entrySet()) {
            sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        for (Result.Check c : r.checks()) {
            sb.append("- [").append(c.passed() ? "x" : " ").append("] ").append(c.what()).append(" (")
                    .append(c.seen()).append(")\n");
        }
        return sb.append('\n').toString();
    }
}
