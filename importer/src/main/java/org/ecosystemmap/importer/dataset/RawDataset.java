package org.ecosystemmap.importer.dataset;

import java.util.List;
import java.util.Optional;

/** A dataset as read from its files, with the problems reading found (broken quoting, unknown files ...). */
public record RawDataset(String name, List<RawTable> tables, List<Problem> problems) {

    public RawDataset {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }

    public Optional<RawTable> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }
}
