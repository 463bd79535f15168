package org.ecosystemmap.importer.write;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.importer.dataset.Problem;

/**
 * What an import did (or, in a dry run, would do): per table, how many entities or relationships were
 * created, updated, deleted, detached (with {@code --prune}: no longer this dataset's, but kept for the
 * other datasets that still have relationships to them) and left unchanged, and which (the first {@value Tally#LISTED_PER_TABLE_AND_ACTION}
 * of each table and action).
 *
 * @param counts per table name ({@code partners}, ..., {@code relationships}), in table order
 * @param changes the changed entities (by id) and relationships ({@code from -TYPE-> to}), in table order
 * @param warnings findings that did not stop the import, such as likely duplicates
 * @param notes what the import found and did besides the dataset, such as rolling back an interrupted import
 * @param transactions how many write transactions the import took: 0 when nothing changed, 1 for all but large imports
 */
public record ImportReport(String dataset, boolean dryRun, Map<String, Counts> counts, List<Change> changes, List<Problem> warnings,
        List<String> notes, int transactions, Duration took) {

    public ImportReport {
        counts = Map.copyOf(counts);
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** Changes in one table. */
    public record Counts(long created, long updated, long deleted, long unchanged, long detached) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

        /** Counts of a table that nothing was detached from. */
        public Counts(long created, long updated, long deleted, long unchanged) {
            this(created, updated, deleted, unchanged, 0);
        }

        public long changed() {
            return created + updated + deleted + detached;
        }

        Counts plus(Counts other) {
            return new Counts(created + other.created, updated + other.updated, deleted + other.deleted, unchanged + other.unchanged,
                    detached + other.detached);
        }

        public long of(Action action) {
            return switch (action) {
                case CREATE -> created;
                case UPDATE -> updated;
                case DELETE -> deleted;
                case DETACH -> detached;
            };
        }
    }

    /** What happens to an entity or relationship. */
    public enum Action {
        CREATE, UPDATE, DELETE,
        /** An entity this dataset no longer holds that other datasets still have relationships to: their provenance now. */
        DETACH
    }

    /** One entity or relationship that is created, updated or deleted. */
    public record Change(String table, Action action, String item) {
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
