package org.ecosystemmap.importer.dataset;

import java.util.Map;

/** One data row of a table as read, before validation: its line (or row) number and its cells by column. */
public record RawRow(int line, Map<String, String> cells) {

    /** The cell's text, or null when the column is absent or the cell empty. */
    public String cell(String column) {
        var value = cells.get(column);
        return value == null || value.isBlank() ? null : value;
    }
}
