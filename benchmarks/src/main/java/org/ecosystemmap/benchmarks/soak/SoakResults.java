package org.ecosystemmap.benchmarks.soak;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.benchmarks.report.Machine;

/**
 * What the soak measured: docs/soak.json.
 *
 * @param baseline the legitimate mix alone
 * @param soak the mix with imports running all along
 * @param abuse the mix with abusive clients in parallel
 * @param memoryBefore the server's memory before the soak (after the baseline)
 * @param memoryAfter the server's memory after the soak
 * @param abuseAnswers per abusive request: how often it was refused, answered, or failed with a server error
 * @param upload the mix while a curator's upload is imported (null when the run had none)
 */
public record SoakResults(Machine machine, String date, String command, String size, int clients,
        @JsonProperty("load_average") double[][] loadAverage, Phase baseline, Phase soak, int imports, @JsonProperty("import_errors") int importErrors,
        @JsonProperty("memory_before") MemoryFigures memoryBefore, @JsonProperty("memory_after") MemoryFigures memoryAfter, Phase abuse,
        @JsonProperty("abusive_clients") int abusiveClients, @JsonProperty("abuse_answers") Map<String, Map<String, Long>> abuseAnswers,
        Upload upload, List<Verdict> verdicts) {

    /**
     * A curator's upload through {@code POST /datasets} and the legitimate mix while it was read, validated and written.
     *
     * @param status the upload's HTTP status (0: no answer)
     */
    public record Upload(String size, long relationships, @JsonProperty("zip_mib") double zipMiB, int status, double seconds, String answer,
            Phase reads) {
    }

    /** One phase's legitimate load, as a whole and per question of the mix (to trace a tail to the questions that make it). */
    public record Phase(double seconds, long requests, long errors, @JsonProperty("p50_ms") double p50Ms, @JsonProperty("p99_ms") double p99Ms,
            double rps, double load1, @JsonProperty("by_question") Map<String, Part> byQuestion) {
    }

    /** One question's share of a phase. */
    public record Part(long requests, long errors, @JsonProperty("p50_ms") double p50Ms, @JsonProperty("p99_ms") double p99Ms) {
    }

    public record MemoryFigures(@JsonProperty("heap_mib") double heapMiB, @JsonProperty("rss_mib") double rssMiB,
            @JsonProperty("heap_committed_mib") double committedHeapMiB) {
    }

    /** One acceptance criterion and whether it held. */
    public record Verdict(String criterion, String measured, boolean met) {
    }
}
