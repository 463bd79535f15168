package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.importer.dataset.DatasetTables;

/** Counts the changes per table as the diff finds them, and keeps the first few of each for the report. */
final class Tally {

    /** How many changes of one table and action a report names; the rest are counted. */
    static final int LISTED_PER_TABLE_AND_ACTION = 100;

    private static final int UNCHANGED = ImportReport.Action.values().length;

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final List<ImportReport.Change> listed = new ArrayList<>();

    Tally() {
        DatasetTables.names().forEach(t -> counts.put(t, new long[UNCHANGED + 1]));
    }

    void created(String table, Object item) {
        add(table, ImportReport.Action.CREATE, item);
    }

    void updated(String table, Object item) {
        add(table, ImportReport.Action.UPDATE, item);
    }

    void deleted(String table, Object item) {
        add(table, ImportReport.Action.DELETE, item);
    }

    /** An entity this dataset no longer holds, handed over to the other datasets that still use it. */
    void detached(String table, Object item) {
        add(table, ImportReport.Action.DETACH, item);
    }

    void unchanged(String table) {
        counts.get(table)[UNCHANGED]++;
    }

    /** The item (an id, a relationship's key) is only turned into text when it is listed. */
    private void add(String table, ImportReport.Action action, Object item) {
        var count = counts.get(table);
        if (count[action.ordinal()]++ < LISTED_PER_TABLE_AND_ACTION) {
            listed.add(new ImportReport.Change(table, action, item.toString()));
        }
    }

    Map<String, ImportReport.Counts> counts() {
        var result = new LinkedHashMap<String, ImportReport.Counts>();
        counts.forEach((table, c) -> result.put(table, new ImportReport.Counts(c[0], c[1], c[2], c[UNCHANGED], c[3])));
        return result;
    }

    List<ImportReport.Change> listed() {
        return listed;
    }
}
