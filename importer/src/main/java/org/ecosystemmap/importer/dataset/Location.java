package org.ecosystemmap.importer.dataset;

/**
 * Where something is in a dataset, in the terms of its format: a line of a CSV file, a row and column of a
 * workbook's sheet, a line and character of a JSON document.
 *
 * @param file the CSV file, the workbook or the JSON document, by name
 * @param sheet the workbook's sheet; null in the other formats
 * @param line the line (CSV, JSON) or row (sheet), counting from 1; 0 for the whole file or sheet
 * @param position the character within the line (JSON) or the column of the sheet (A = 1); 0 when not known
 */
public record Location(String file, String sheet, int line, int position) {

    public static Location of(String file) {
        return new Location(file, null, 0, 0);
    }

    public static Location line(String file, int line) {
        return new Location(file, null, line, 0);
    }

    public static Location sheet(String workbook, String sheet) {
        return new Location(workbook, sheet, 0, 0);
    }

    /** The same file or sheet at another line (or row) and position. */
    public Location at(int line, int position) {
        return new Location(file, sheet, line, position);
    }

    /**
     * {@code partners.csv:12}, {@code dataset.json:40:17}, {@code dataset.xlsx, sheet partners, row 12} or,
     * naming a cell, {@code dataset.xlsx, sheet partners, cell E12}.
     */
    @Override
    public String toString() {
        if (sheet == null) {
            return file + (line > 0 ? ":" + line + (position > 0 ? ":" + position : "") : "");
        }
        var text = file + ", sheet " + sheet;
        if (line > 0) {
            text += position > 0 ? ", cell " + columnLetters(position) + line : ", row " + line;
        }
        return text;
    }

    /** A sheet's column as its letters: 1 is A, 27 is AA. */
    public static String columnLetters(int column) {
        var letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
