package org.ecosystemmap.importer.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.ecosystemmap.importer.write.ImportReport;

/**
 * Prints an import report: what it found and did besides the dataset, a table of changes per kind, for a
 * dry run the changes themselves, its warnings, and the time it took.
 */
final class ReportPrinter {

    private final PrintWriter out;

    ReportPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ImportReport report) {
        for (var note : report.notes()) {
            out.println("Before importing: " + note);
        }
        var transactions = report.transactions() > 1 ? " (" + report.transactions() + " transactions)" : "";
        out.printf("%s %s in %.1f s%s%n", report.dryRun() ? "Dry run of" : "Imported", report.dataset(), report.took().toMillis() / 1000.0,
                transactions);
        var verbs = report.dryRun() ? new String[] {"create", "update", "delete", "unchanged", "detach"}
                : new String[] {"created", "updated", "deleted", "unchanged", "detached"};
        // Detached entities are rare (a prune of what other datasets still use): their column shows only then.
        boolean detached = report.total().detached() > 0;
        out.printf("%-20s %9s %9s %9s %9s%s%n", "", verbs[0], verbs[1], verbs[2], verbs[3], detached ? " %9s".formatted(verbs[4]) : "");
        report.counts().entrySet().stream()
                .filter(e -> e.getValue().changed() + e.getValue().unchanged() > 0)
                .sorted(Map.Entry.comparingByKey(new TableOrder()))
                .forEach(e -> row(e.getKey(), e.getValue(), detached));
        row("total", report.total(), detached);
        if (!report.changedAnything()) {
            out.println(report.dryRun() ? "The graph already holds this dataset: an import would change nothing."
                    : "Nothing changed: the graph already held this dataset.");
        } else if (report.dryRun()) {
            changes(report);
        }
        for (var warning : report.warnings()) {
            out.println("warning: " + warning);
        }
    }

    /** {@code update partners: deloitte}, one line each, with a count of those not listed. */
    private void changes(ImportReport report) {
        out.println("Changes:");
        report.changes().stream()
                .sorted((a, b) -> new TableOrder().compare(a.table(), b.table()))
                .forEach(change -> out.printf("  %-6s %s: %s%n", change.action().name().toLowerCase(Locale.ROOT), change.table(), change.item()));
        report.counts().forEach((table, counts) -> {
            for (var action : ImportReport.Action.values()) {
                long listed = report.changes().stream().filter(c -> c.table().equals(table) && c.action() == action).count();
                if (counts.of(action) > listed) {
                    out.printf("  ... and %d more to %s in %s%n", counts.of(action) - listed, action.name().toLowerCase(Locale.ROOT), table);
                }
            }
        });
    }

    private void row(String table, ImportReport.Counts counts, boolean detached) {
        out.printf("%-20s %9d %9d %9d %9d%s%n", table, counts.created(), counts.updated(), counts.deleted(), counts.unchanged(),
                detached ? " %9d".formatted(counts.detached()) : "");
    }
}
