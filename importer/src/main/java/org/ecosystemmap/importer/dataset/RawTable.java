package org.ecosystemmap.importer.dataset;

import java.util.List;

/**
 * A table of a dataset as read from any format: its name ({@code partners}, {@code relationships}), where
 * it starts (a CSV file's header, a sheet's header row, a JSON array), its columns with where each is named
 * first, and its rows.
 */
public record RawTable(String name, Location location, List<String> header, List<Location> columnLocations, List<RawRow> rows) {

    public RawTable {
        header = List.copyOf(header);
        columnLocations = List.copyOf(columnLocations);
        rows = List.copyOf(rows);
    }

    /** A problem with a row's value in a column (or with the whole row, when the column is null). */
    public Problem problem(RawRow row, String column, String message) {
        return Problem.at(row.locate(column), column, message);
    }

    /** A problem with a column as a whole: unknown, or required and missing. */
    public Problem columnProblem(String column, String message) {
        int index = header.indexOf(column);
        return Problem.at(index >= 0 ? columnLocations.get(index) : location, column, message);
    }
}
