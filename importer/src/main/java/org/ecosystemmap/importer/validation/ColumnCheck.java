package org.ecosystemmap.importer.validation;

import java.util.HashSet;
import java.util.function.Consumer;
import org.ecosystemmap.graph.vocabulary.PropertyValues;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawTable;

/** Checks a table's columns against those its kind of table has. */
final class ColumnCheck {

    private ColumnCheck() {
    }

    /** Reports unknown and missing columns; false when a required one is missing and the rows cannot be read. */
    static boolean check(RawTable table, Consumer<Problem> problems) {
        var allowed = DatasetTables.columnNames(table.name());
        for (var column : table.header()) {
            if (!column.isEmpty() && !allowed.contains(column)) {
                problems.accept(table.columnProblem(column, "unknown column; allowed: " + String.join(", ", allowed))
                        .suggesting(Suggestions.closest(column, allowed).map(PropertyValues::quoted).orElse(null)));
            }
        }
        if (table.rows().isEmpty()) {
            // A table without rows (a header only, an empty JSON array) is empty, whatever its columns.
            return true;
        }
        var present = new HashSet<>(table.header());
        boolean usable = true;
        for (var column : DatasetTables.requiredColumns(table.name())) {
            if (!present.contains(column)) {
                problems.accept(table.columnProblem(column, "the required column is missing"));
                usable = false;
            }
        }
        return usable;
    }
}
