package org.ecosystemmap.benchmarks.importing;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One timed import, as docs/benchmarks.json lists it.
 *
 * @param target where it imported: {@code embedded} (the importer in the process of an embedded Neo4j, as
 *     {@code ./ecomap import} into a data folder does) or {@code bolt} (into a running server over Bolt, as
 *     {@code ./ecomap import --uri} does)
 * @param mode first, unchanged, changed-1pct or naive-per-row
 * @param relationships the relationships the import handled (for the naive loader: the rows it wrote in its time)
 * @param seconds wall time: reading, validating, comparing and writing
 * @param cpuSeconds processor time the import took in every process involved (importer and database): on a
 *     shared machine the steadier figure
 * @param written changes written (nodes and relationships created or updated)
 * @param size the generated size
 * @param relPerS relationships per second, to a tenth: a naive load on a busy machine may manage less than one
 */
public record ImportRun(String target, String mode, long relationships, double seconds, @JsonProperty("rel_per_s") double relPerS,
        @JsonProperty("cpu_s") double cpuSeconds, long written, String size) {

    static ImportRun of(String target, String mode, long relationships, double seconds, double cpuSeconds, long written, String size) {
        return new ImportRun(target, mode, relationships, Math.round(seconds * 1000) / 1000.0, Math.round(relationships / seconds * 10) / 10.0,
                Math.round(cpuSeconds * 10) / 10.0, written, size);
    }
}
