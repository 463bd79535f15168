package org.ecosystemmap.benchmarks.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.ecosystemmap.benchmarks.importing.ImportRun;

/**
 * Everything one run of the harness measured: docs/benchmarks.json. The keys {@code machine}, {@code runs}
 * and {@code import} follow the schema of issue 6; the others add context.
 *
 * @param loadAverage the 1-, 5- and 15-minute load averages at the start and at the end of the run
 */
public record BenchmarkResults(Machine machine, String date, String command, @JsonProperty("load_average") LoadAverages loadAverage,
        List<QueryRun> runs, @JsonProperty("import") List<ImportRun> imports, List<StartupRun> startup, List<MemoryRun> memory) {

    public record LoadAverages(double[] start, double[] end) {
    }
}
