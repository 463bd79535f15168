package org.ecosystemmap.importer.write;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.importer.dataset.Problem;

/**
 * What an import did (or, in a dry run, would do): per table, how many entities or relationships were
 * created, updated, deleted and left unchanged.
 *
 * @param counts per table name ({@code partners}, ..., {@code relationships}), in table order
 */
public record ImportReport(String dataset, boolean dryRun, Map<String, Counts> counts, List<Problem> warnings, Duration took) {

    public ImportReport {
        counts = Map.copyOf(counts);
        warnings = List.copyOf(warnings);
    }

    /** Changes in one table. */
    public record Counts(long created, long updated, long deleted, long unchanged) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public long changed() {
            return created + updated + deleted;
        }

        Counts plus(Counts other) {
            return new Counts(created + other.created, updated + other.updated, deleted + other.deleted, unchanged + other.unchanged);
        }
    }

    public Counts total() {
        return counts.values().stream().reduce(Counts.NONE, Counts::plus);
    }

    public Counts of(String table) {
        return counts.getOrDefault(table, Counts.NONE);
    }

    public boolean changedAnything() {
        return total().changed() > 0;
    }
}
