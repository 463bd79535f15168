package org.ecosystemmap.importer.dataset;

/**
 * One thing wrong with a dataset, with where it is: the file (or sheet), the line (or row; 0 when the
 * whole file is meant), the column when one is meant, and a suggestion when an obvious one exists.
 */
public record Problem(String file, int line, String column, String message, String suggestion) {

    public static Problem at(String file, int line, String column, String message) {
        return new Problem(file, line, column, message, null);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, null, message, null);
    }

    public Problem suggesting(String suggestion) {
        return new Problem(file, line, column, message, suggestion);
    }

    /** {@code partners.csv:12: column type: unknown value "COMPNY"; did you mean "COMPANY"?} */
    @Override
    public String toString() {
        var text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (column != null) {
            text.append("column ").append(column).append(": ");
        }
        text.append(message);
        if (suggestion != null) {
            text.append("; did you mean ").append(suggestion).append('?');
        }
        return text.toString();
    }
}
