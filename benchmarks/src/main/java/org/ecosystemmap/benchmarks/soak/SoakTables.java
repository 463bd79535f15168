package org.ecosystemmap.benchmarks.soak;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Collectors;

/** The soak's results as Markdown: the part of docs/soak.md that each run rewrites. */
final class SoakTables {

    private final SoakResults results;

    SoakTables(SoakResults results) {
        this.results = results;
    }

    String markdown() {
        var out = new StringBuilder();
        var m = results.machine();
        out.append("Measured ").append(results.date()).append(" with `").append(results.command()).append("` on ").append(m.cpu()).append(", ")
                .append(m.cores()).append(" cores, ").append(m.memoryGiB()).append(" GiB; ").append(m.java()).append(".\n");
        out.append("Load average (1, 5, 15 min) at the start: ").append(load(results.loadAverage()[0])).append("; at the end: ")
                .append(load(results.loadAverage()[1])).append(".\n\n");
        out.append("Size ").append(results.size()).append(", ").append(results.clients()).append(" legitimate clients sending the benchmark's mix.\n\n");
        out.append("| criterion | measured | met |\n|---|---|---|\n");
        results.verdicts().forEach(v -> out.append("| ").append(v.criterion()).append(" | ").append(v.measured()).append(" | ")
                .append(v.met() ? "yes" : "**no**").append(" |\n"));
        out.append("\n| phase | seconds | requests | errors | p50 ms | p99 ms | requests/s | load (1 min) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        phase(out, "baseline (mix alone)", results.baseline());
        phase(out, "soak (" + results.imports() + " imports running)", results.soak());
        phase(out, "abuse (" + results.abusiveClients() + " abusive clients)", results.abuse());
        if (results.upload() != null) {
            var upload = results.upload();
            phase(out, "upload (%s, %,d relationships, %.1f MiB zipped: HTTP %d in %.1f s)".formatted(upload.size(), upload.relationships(),
                    upload.zipMiB(), upload.status(), upload.seconds()), upload.reads());
        }
        questions(out);
        out.append("\n| memory | heap after GC (MiB) | heap committed (MiB) | resident (MiB) |\n|---|---:|---:|---:|\n");
        memory(out, "before the soak", results.memoryBefore());
        memory(out, "after the soak", results.memoryAfter());
        out.append("\n| abusive request | how the server answered |\n|---|---|\n");
        results.abuseAnswers().forEach((name, outcomes) -> out.append("| ").append(name).append(" | ")
                .append(outcomes.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))).append(" |\n"));
        out.append('\n');
        return out.toString();
    }

    /** Per question of the mix: p50 / p99 in each phase, so that a phase's tail shows which questions make it. */
    private void questions(StringBuilder out) {
        var phases = new LinkedHashMap<String, SoakResults.Phase>();
        phases.put("baseline", results.baseline());
        phases.put("soak", results.soak());
        phases.put("abuse", results.abuse());
        if (results.upload() != null) {
            phases.put("upload", results.upload().reads());
        }
        out.append("\n| question (p50 / p99 ms) | ").append(String.join(" | ", phases.keySet())).append(" |\n|---|")
                .append("---:|".repeat(phases.size())).append('\n');
        results.baseline().byQuestion().keySet().forEach(question -> {
            out.append("| ").append(question).append(" |");
            phases.values().forEach(phase -> {
                var part = phase.byQuestion().get(question);
                out.append(part == null ? " - |" : " %.1f / %.1f |".formatted(part.p50Ms(), part.p99Ms()));
            });
            out.append('\n');
        });
    }

    private static void memory(StringBuilder out, String when, SoakResults.MemoryFigures memory) {
        out.append("| %s | %.0f | %.0f | %.0f |\n".formatted(when, memory.heapMiB(), memory.committedHeapMiB(), memory.rssMiB()));
    }

    private static void phase(StringBuilder out, String name, SoakResults.Phase phase) {
        out.append("| %s | %.0f | %,d | %d | %.1f | %.1f | %.0f | %.2f |\n".formatted(name, phase.seconds(), phase.requests(), phase.errors(),
                phase.p50Ms(), phase.p99Ms(), phase.rps(), phase.load1()));
    }

    private static String load(double[] load) {
        return Arrays.stream(load).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(", "));
    }
}
