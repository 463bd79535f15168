package org.ecosystemmap.benchmarks.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The application's memory holding a graph of one size.
 *
 * @param after what it had done: "import" (the graph imported) or "queries" (every scenario run, the
 *     analytics projection built)
 * @param heapMiB Java heap in use after a full GC
 * @param rssMiB resident memory (the embedded Neo4j's page cache included)
 */
public record MemoryRun(String size, long relationships, String after, @JsonProperty("heap_mib") double heapMiB,
        @JsonProperty("rss_mib") double rssMiB) {
}
