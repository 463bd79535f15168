package org.ecosystemmap.importer.dataset;

/**
 * One thing wrong with a dataset: where it is, the column (or JSON key) when one is meant, the reason, and a
 * suggestion when an obvious one exists.
 */
public record Problem(Location location, String column, String message, String suggestion) {

    public static Problem at(Location location, String column, String message) {
        return new Problem(location, column, message, null);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(Location.of(file), null, message, null);
    }

    public Problem suggesting(String suggestion) {
        return new Problem(location, column, message, suggestion);
    }

    /** {@code partners.csv:12: column type: unknown value "COMPNY"; did you mean "COMPANY"?} */
    @Override
    public String toString() {
        var text = new StringBuilder(location.toString()).append(": ");
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
