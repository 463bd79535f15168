package org.ecosystemmap.importer.dataset;

import java.util.List;
import java.util.Optional;
import org.ecosystemmap.graph.ask.PhraseRow;

/**
 * A dataset as read from its files, with the problems reading found (broken quoting, unknown files ...).
 *
 * @param phrases the rows of its question phrase tables ({@code phrases-nl.csv}, {@code phrases-en.csv}) that read
 *     well; a broken row is among the problems
 */
public record RawDataset(String name, List<RawTable> tables, List<Problem> problems, List<PhraseRow> phrases) {

    public RawDataset {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
        phrases = List.copyOf(phrases);
    }

    /** A dataset without question phrases. */
    public RawDataset(String name, List<RawTable> tables, List<Problem> problems) {
        this(name, tables, problems, List.of());
    }

    public Optional<RawTable> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }
}
