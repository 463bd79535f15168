package org.ecosystemmap.benchmarks.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How long the application took from process start to its first answered query, and its memory then.
 *
 * @param mode cold-bundled (empty data folder, bundled dataset loaded), warm-restart (the same folder again)
 *     or empty (no bundled dataset; before an import)
 */
public record StartupRun(String mode, @JsonProperty("seconds_to_first_answer") double seconds, @JsonProperty("heap_mib") double heapMiB,
        @JsonProperty("rss_mib") double rssMiB, double load1) {
}
