package org.ecosystemmap.importer.dataset;

import java.util.Map;

/**
 * One data row of a table as read, before validation: where it is and its cells by column. A reader that
 * knows where each value is (a sheet's cells, a JSON document's values) gives their positions too, packed
 * with {@link #pack} in the order of {@code cells}; otherwise a value is located at its row.
 */
public record RawRow(Location location, Map<String, String> cells, long[] cellPositions) {

    public RawRow(Location location, Map<String, String> cells) {
        this(location, cells, null);
    }

    /** The cell's text, or null when the column is absent or the cell empty. */
    public String cell(String column) {
        var value = cells.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    /** Where the column's value is, as exactly as the reader knows. */
    public Location locate(String column) {
        if (cellPositions != null && column != null) {
            int index = 0;
            for (var name : cells.keySet()) {
                if (name.equals(column)) {
                    long packed = cellPositions[index];
                    return location.at((int) (packed >>> 32), (int) packed);
                }
                index++;
            }
        }
        return location;
    }

    /** A line (or row) and position in one number, to keep a large dataset's positions small. */
    public static long pack(int line, int position) {
        return ((long) line << 32) | (position & 0xffffffffL);
    }
}
