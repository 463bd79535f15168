package org.ecosystemmap.graph.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecosystemmap.graph.vocabulary.Language;

/**
 * Reads the text of a phrase table ({@code phrases-nl.csv}, {@code phrases-en.csv}): a header
 * {@code view;pattern;settings}, then one phrase a row; empty lines and lines starting with {@code #} are skipped.
 * The one reading of the format: the server reads its shipped and its curator's tables with it, the importer a
 * dataset's.
 */
public final class PhraseTableText {

    public static final String HEADER = "view;pattern;settings";

    /** The file name of a language's table. */
    public static String fileName(Language language) {
        return "phrases-" + language.tag() + ".csv";
    }

    /** The phrases of a table, and what is wrong with each row that is broken. */
    public record Read(List<Phrase> phrases, List<RowProblem> problems) {
    }

    /** A broken row: its line, counting from 1, and why. */
    public record RowProblem(int line, String reason) {
    }

    private PhraseTableText() {
    }

    /**
     * @param origin the table's name for the phrases' {@link Phrase#origin()} ({@code phrases-nl.csv}), to which
     *     {@code :line} is added
     */
    public static Read read(Language language, String origin, String text) {
        var phrases = new ArrayList<Phrase>();
        var problems = new ArrayList<RowProblem>();
        var lines = text.lines().toList();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                if (!line.toLowerCase(Locale.ROOT).equals(HEADER)) {
                    problems.add(new RowProblem(i + 1, "the first row must be the header \"" + HEADER + "\""));
                }
                continue;
            }
            var columns = line.split(";", -1);
            if (columns.length < 2 || columns.length > 3) {
                problems.add(new RowProblem(i + 1, "a row is view;pattern;settings, not " + columns.length + " column(s)"));
                continue;
            }
            try {
                var row = new PhraseRow(language, columns[0].strip(), columns[1].strip(), columns.length == 3 ? columns[2].strip() : "");
                phrases.add(Phrase.parse(row, origin + ":" + (i + 1)));
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(i + 1, e.getMessage()));
            }
        }
        return new Read(phrases, problems);
    }
}
