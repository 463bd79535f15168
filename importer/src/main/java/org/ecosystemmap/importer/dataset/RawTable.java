package org.ecosystemmap.importer.dataset;

import java.util.List;

/**
 * A table of a dataset as read from any format: its name ({@code partners}, {@code relationships}), where
 * it came from (a file or sheet name, used in problems), its header and its rows.
 */
public record RawTable(String name, String origin, int headerLine, List<String> header, List<RawRow> rows) {

    public RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
