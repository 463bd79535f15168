package org.ecosystemmap.benchmarks.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecosystemmap.benchmarks.importing.ImportRun;
import org.ecosystemmap.benchmarks.scenario.Scenario;
import org.ecosystemmap.benchmarks.scenario.SystemUnderTest;

/** The results of a run as Markdown tables: the part of docs/benchmarks.md that each run rewrites. */
final class ResultsTables {

    private final BenchmarkResults results;
    private final String chart;

    ResultsTables(BenchmarkResults results, String chart) {
        this.results = results;
        this.chart = chart;
    }

    String markdown() {
        var out = new StringBuilder();
        var m = results.machine();
        out.append("Measured ").append(results.date()).append(" with `").append(results.command()).append("`.\n\n");
        out.append("Machine: ").append(m.cpu()).append(", ").append(m.cores()).append(" cores, ").append(m.memoryGiB()).append(" GiB; ")
                .append(m.os()).append("; ").append(m.java()).append("; Node ").append(m.node()).append(".\n");
        out.append("Load average (1, 5, 15 min) at the start: ").append(load(results.loadAverage().start())).append("; at the end: ")
                .append(load(results.loadAverage().end())).append(". Each query run's 1-minute load is in benchmarks.json.\n\n");
        targets(out);
        imports(out);
        queries(out);
        out.append("![Throughput on the mix and p50 per scenario](").append(chart).append(")\n\n");
        startup(out);
        memory(out);
        return out.toString();
    }

    /** The targets of issue 12's acceptance, each with what this run measured. */
    private void targets(StringBuilder out) {
        out.append("### Targets\n\n| target | measured | met |\n|---|---|---|\n");
        var raw = run(SystemUnderTest.RAW_CYPHER, Scenario.LOOKUP.label(), 1);
        var lookup = run(SystemUnderTest.GRAPHQL, Scenario.LOOKUP.label(), 1);
        if (raw.isPresent() && lookup.isPresent() && raw.get().p50Ms() > 0) {
            double ratio = lookup.get().p50Ms() / raw.get().p50Ms();
            out.append(row("GraphQL look-up p50 within 1.5x of raw Cypher, 1 client (aim 1.2x)",
                    "%.2f ms vs %.2f ms: %.2fx".formatted(lookup.get().p50Ms(), raw.get().p50Ms(), ratio), ratio <= 1.5));
        }
        var scenarios = results.runs().stream().map(QueryRun::scenario).distinct().toList();
        for (var scenario : scenarios) {
            double needed = scenario.equals(Scenario.MIX) ? 2 : 1;
            for (int clients : clients()) {
                var peer = run(SystemUnderTest.NEO4J_GRAPHQL_JS, scenario, clients);
                var ours = run(SystemUnderTest.GRAPHQL, scenario, clients);
                if (clients >= 8 && peer.isPresent() && ours.isPresent() && peer.get().rps() > 0) {
                    double ratio = ours.get().rps() / peer.get().rps();
                    out.append(row("%s throughput at least %s @neo4j/graphql, %d clients".formatted(scenario, needed == 2 ? "2x" : "that of", clients),
                            "%.1f vs %.1f requests/s: %.2fx".formatted(ours.get().rps(), peer.get().rps(), ratio), ratio >= needed));
                }
            }
        }
        importTargets(out);
        startupTarget(out, "cold-bundled", "cold start to first answer within 10 s (bundled dataset, new data folder)", 10);
        startupTarget(out, "warm-restart", "warm restart to first answer within 8 s", 8);
        results.memory().stream().filter(r -> r.relationships() >= 1_000_000).max((a, b) -> Double.compare(a.heapMiB(), b.heapMiB()))
                .ifPresent(r -> out.append(row("heap within 1 GiB at 1M relationships", "%.0f MiB after GC (after %s)".formatted(r.heapMiB(), r.after()),
                        r.heapMiB() <= 1024)));
        out.append('\n');
    }

    /** Per import target at the largest size: the first import's rate, and the re-imports against it. */
    private void importTargets(StringBuilder out) {
        var largest = results.imports().stream().map(ImportRun::size).reduce((a, b) -> b).orElse("");
        for (var target : List.of("embedded", "bolt")) {
            int rate = target.equals("embedded") ? 50_000 : 25_000;
            var first = importRun(target, largest, "first");
            var unchanged = importRun(target, largest, "unchanged");
            var changed = importRun(target, largest, "changed-1pct");
            first.ifPresent(f -> out.append(row("import (%s) at least %,d relationships/s (%s, first import)".formatted(target, rate, largest),
                    "%,.0f/s".formatted(f.relPerS()), f.relPerS() >= rate)));
            if (first.isPresent() && unchanged.isPresent()) {
                double ratio = first.get().seconds() / unchanged.get().seconds();
                out.append(row("unchanged re-import (%s) at least 10x faster than the first (%s)".formatted(target, largest),
                        "%.1f s vs %.1f s: %.1fx".formatted(unchanged.get().seconds(), first.get().seconds(), ratio), ratio >= 10));
            }
            if (unchanged.isPresent() && changed.isPresent()) {
                double ratio = changed.get().seconds() / unchanged.get().seconds();
                out.append(row("1 %% changed (%s) at most 10 %% more than unchanged (%s)".formatted(target, largest),
                        "%.1f s vs %.1f s: %.2fx".formatted(changed.get().seconds(), unchanged.get().seconds(), ratio), ratio <= 1.1));
            }
        }
    }

    private void imports(StringBuilder out) {
        out.append("### Import\n\n| size | target | mode | relationships | seconds | relationships/s | processor s | changes written |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|\n");
        for (var run : results.imports()) {
            out.append("| %s | %s | %s | %,d | %.2f | %,.0f | %.1f | %,d |\n".formatted(run.size(), run.target(), run.mode(), run.relationships(),
                    run.seconds(), run.relPerS(), run.cpuSeconds(), run.written()));
        }
        out.append('\n');
    }

    private void queries(StringBuilder out) {
        var size = results.runs().isEmpty() ? "" : results.runs().getFirst().size();
        out.append("### Queries (").append(size).append(")\n\np50 / p99 in ms, and requests per second; each cell one closed-loop run.\n\n");
        out.append("| scenario | clients |");
        var systems = Arrays.stream(SystemUnderTest.values()).filter(s -> results.runs().stream().anyMatch(r -> r.system().equals(s.label()))).toList();
        systems.forEach(s -> out.append(' ').append(s.label()).append(" |"));
        out.append("\n|---|---:|");
        systems.forEach(s -> out.append("---:|"));
        out.append('\n');
        var scenarios = results.runs().stream().map(QueryRun::scenario).distinct().toList();
        for (var scenario : scenarios) {
            for (int clients : clients()) {
                out.append("| ").append(scenario).append(" | ").append(clients).append(" |");
                for (var system : systems) {
                    out.append(' ').append(run(system, scenario, clients)
                            .map(r -> "%.1f / %.1f, %.0f/s%s".formatted(r.p50Ms(), r.p99Ms(), r.rps(), r.errors() > 0 ? " (" + r.errors() + " errors)" : ""))
                            .orElse("")).append(" |");
                }
                out.append('\n');
            }
        }
        out.append('\n');
    }

    private void startup(StringBuilder out) {
        out.append("### Start-up to the first answered query\n\nThrough `./ecomap`, as a user starts it; each cold start on a new data folder "
                + "(which starts as a copy of the bundled dataset's store that `./ecomap build` prepared), the warm restart after it on the same folder.\n\n");
        out.append("| start | seconds | heap after GC (MiB) | resident (MiB) | load (1 min) |\n|---|---:|---:|---:|---:|\n");
        results.startup().forEach(s -> out.append("| %s | %.1f | %.0f | %.0f | %.2f |\n".formatted(s.mode(), s.seconds(), s.heapMiB(), s.rssMiB(), s.load1())));
        for (var mode : List.of("cold-bundled", "warm-restart")) {
            var seconds = startupSeconds(mode);
            if (!seconds.isEmpty()) {
                out.append("\n").append(mode).append(": median %.1f s, range %.1f-%.1f s over %d run%s.".formatted(median(seconds), seconds.getFirst(),
                        seconds.getLast(), seconds.size(), seconds.size() == 1 ? "" : "s"));
            }
        }
        out.append("\n\n");
    }

    /** A start-up target is judged on the median of its runs: one start on a shared machine says little. */
    private void startupTarget(StringBuilder out, String mode, String target, double limitSeconds) {
        var seconds = startupSeconds(mode);
        if (!seconds.isEmpty()) {
            double median = median(seconds);
            out.append(row(target, "median %.1f s (%.1f-%.1f s, %d run%s)".formatted(median, seconds.getFirst(), seconds.getLast(), seconds.size(),
                    seconds.size() == 1 ? "" : "s"), median <= limitSeconds));
        }
    }

    private List<Double> startupSeconds(String mode) {
        return results.startup().stream().filter(s -> s.mode().equals(mode)).map(StartupRun::seconds).sorted().toList();
    }

    private static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private void memory(StringBuilder out) {
        out.append("### Memory at each size\n\n| size | relationships | after | heap after GC (MiB) | resident (MiB) |\n|---|---:|---|---:|---:|\n");
        results.memory().forEach(r -> out.append("| %s | %,d | %s | %.0f | %.0f |\n".formatted(r.size(), r.relationships(), r.after(), r.heapMiB(), r.rssMiB())));
        out.append('\n');
    }

    private List<Integer> clients() {
        return results.runs().stream().map(QueryRun::clients).distinct().sorted().toList();
    }

    private Optional<QueryRun> run(SystemUnderTest system, String scenario, int clients) {
        return results.runs().stream().filter(r -> r.system().equals(system.label()) && r.scenario().equals(scenario) && r.clients() == clients)
                .findFirst();
    }

    private Optional<ImportRun> importRun(String target, String size, String mode) {
        return results.imports().stream().filter(r -> r.target().equals(target) && r.size().equals(size) && r.mode().equals(mode)).findFirst();
    }

    private static String row(String target, String measured, boolean met) {
        return "| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |\n";
    }

    private static String load(double[] load) {
        return Arrays.stream(load).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(", "));
    }
}
