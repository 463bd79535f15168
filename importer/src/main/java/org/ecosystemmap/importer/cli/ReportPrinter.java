package org.ecosystemmap.importer.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.ecosystemmap.importer.write.ImportReport;

/** Prints an import report as a table of changes per kind, with its warnings and the time it took. */
final class ReportPrinter {

    private final PrintWriter out;

    ReportPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(ImportReport report) {
        out.printf("%s %s in %.1f s%n", report.dryRun() ? "Dry run of" : "Imported", report.dataset(), report.took().toMillis() / 1000.0);
        var verbs = report.dryRun() ? new String[] {"create", "update", "delete", "unchanged"} : new String[] {"created", "updated", "deleted", "unchanged"};
        out.printf("%-20s %9s %9s %9s %9s%n", "", verbs[0], verbs[1], verbs[2], verbs[3]);
        report.counts().entrySet().stream()
                .filter(e -> e.getValue().changed() + e.getValue().unchanged() > 0)
                .sorted(Map.Entry.comparingByKey(new TableOrder()))
                .forEach(e -> row(e.getKey(), e.getValue()));
        row("total", report.total());
        if (!report.changedAnything()) {
            out.println(report.dryRun() ? "The graph already holds this dataset: an import would change nothing."
                    : "Nothing changed: the graph already held this dataset.");
        }
        for (var warning : report.warnings()) {
            out.println("warning: " + warning);
        }
    }

    private void row(String table, ImportReport.Counts counts) {
        out.printf("%-20s %9d %9d %9d %9d%n", table, counts.created(), counts.updated(), counts.deleted(), counts.unchanged());
    }
}
