package org.ecosystemmap.benchmarks.importing;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One timed import, as docs/benchmarks.json lists it.
 *
 * @param mode first, unchanged, changed-1pct or naive-per-row
 * @param relationships the relationships the import handled (for the naive loader: the rows it wrote in its time)
 * @param seconds wall time: reading, validating, comparing and writing
 * @param written changes written (nodes and relationships created or updated)
 * @param size the generated size
 * @param relPerS relationships per second, to a tenth: a naive load on a busy machine may manage less than one
 */
public record ImportRun(String mode, long relationships, double seconds, @JsonProperty("rel_per_s") double relPerS, long written, String size) {

    static ImportRun of(String mode, long relationships, double seconds, long written, String size) {
        return new ImportRun(mode, relationships, Math.round(seconds * 1000) / 1000.0, Math.round(relationships / seconds * 10) / 10.0, written, size);
    }
}
