package org.ecosystemmap.importer.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ecosystemmap.importer.dataset.Location;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawRow;
import org.ecosystemmap.importer.dataset.RawTable;
import org.ecosystemmap.importer.dataset.ReadBudget;
import org.ecosystemmap.importer.dataset.ReadLimitException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet's XML as it streams: the first row holding anything names the columns, every later
 * non-empty row is a data row. Problems name the sheet, the row and the column (as a cell reference).
 */
final class SheetReader extends DefaultHandler {

    /** Stops reading a sheet that goes beyond a limit; its problem is already reported. */
    static final class Stopped extends SAXException {
        Stopped() {
            super("stopped at a limit");
        }
    }

    private final String table;
    private final Location sheet;
    private final CellValues values;
    private final List<Problem> problems;
    private final ReadBudget budget;
    private final int maxCellChars;
    private boolean cellTooLong;

    private int headerRow;
    private final List<String> header = new ArrayList<>();
    private final List<Location> columnLocations = new ArrayList<>();
    /** Header name by column number; gaps are columns without a name. */
    private final TreeMap<Integer, String> columns = new TreeMap<>();
    /** Columns whose name another column has already; reported once, in the header. */
    private final Set<Integer> duplicateColumns = new HashSet<>();
    private final List<RawRow> rows = new ArrayList<>();

    private int row;
    private final TreeMap<Integer, String> rowCells = new TreeMap<>();
    private int column;
    private String type;
    private String style;
    private boolean hasFormula;
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private boolean collecting;
    private boolean inPhonetic;
    private boolean inFormula;
    private boolean hasValue;

    SheetReader(String table, Location sheet, CellValues values, List<Problem> problems, ReadBudget budget) {
        this.table = table;
        this.sheet = sheet;
        this.values = values;
        this.problems = problems;
        this.budget = budget;
        this.maxCellChars = budget.limits().maxCellChars();
    }

    /** The table the sheet holds; empty when it has no header row. */
    Optional<RawTable> table() {
        if (headerRow == 0) {
            problems.add(Problem.at(sheet, null, "the sheet is empty: its first row must name the columns"));
            return Optional.empty();
        }
        return Optional.of(new RawTable(table, sheet.at(headerRow, 0), header, columnLocations, rows));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                var number = attributes.getValue("r");
                row = number == null ? row + 1 : Integer.parseInt(number);
                column = 0;
                rowCells.clear();
            }
            case "c" -> {
                var reference = attributes.getValue("r");
                column = reference == null ? column + 1 : columnOf(reference);
                type = attributes.getValue("t");
                style = attributes.getValue("s");
                hasFormula = false;
                hasValue = false;
                cellTooLong = false;
                formula.setLength(0);
                text.setLength(0);
            }
            case "f" -> {
                hasFormula = true;
                inFormula = true;
            }
            case "v" -> {
                collecting = true;
                hasValue = true;
            }
            case "t" -> {
                collecting = !inPhonetic;
                hasValue = true;
            }
            case "rPh" -> inPhonetic = true;
            case "mergeCell" -> merged(attributes.getValue("ref"));
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        var target = inFormula ? formula : collecting ? text : null;
        if (target == null || cellTooLong) {
            return;
        }
        if (target.length() + length > maxCellChars) {
            // Held no further: the cell is a problem whatever the rest of it says.
            cellTooLong = true;
            return;
        }
        target.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "f" -> inFormula = false;
            case "v", "t" -> collecting = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> cell();
            case "row" -> endRow();
            default -> {
            }
        }
    }

    private void cell() {
        var value = cellTooLong ? new CellValues.Value("", null) : values.of(type, style, hasValue ? text.toString() : null);
        if (cellTooLong || value.text().length() > maxCellChars) {
            problems.add(problem(column, "the value is longer than %,d characters, the most a cell may hold".formatted(maxCellChars)));
            value = new CellValues.Value("", null);
        } else if (hasFormula) {
            var shown = formula.isEmpty() ? "" : " =" + formula;
            problems.add(problem(column, "the cell holds a formula" + shown + "; a dataset holds values: replace it by its value "
                    + "(copy the cells, then paste them as values)"));
        } else if (value.problem() != null) {
            problems.add(problem(column, value.problem()));
        }
        rowCells.put(column, value.text());
    }

    private void endRow() throws Stopped {
        if (rowCells.values().stream().allMatch(String::isBlank)) {
            return;
        }
        if (headerRow == 0) {
            readHeader();
            return;
        }
        try {
            budget.row(row);
        } catch (ReadLimitException e) {
            problems.add(Problem.at(sheet.at(row, 0), null, e.getMessage()));
            throw new Stopped();
        }
        var cells = new LinkedHashMap<String, String>();
        var positions = new long[columns.size()];
        columns.forEach((number, name) -> {
            positions[cells.size()] = RawRow.pack(row, number);
            cells.put(name, rowCells.getOrDefault(number, ""));
        });
        rowCells.forEach((number, value) -> {
            if (!columns.containsKey(number) && !duplicateColumns.contains(number) && !value.isBlank()) {
                problems.add(problem(number, "the cell holds a value, but its column has no name in the header row " + headerRow));
            }
        });
        rows.add(new RawRow(sheet.at(row, 0), cells, positions));
    }

    private void readHeader() {
        headerRow = row;
        rowCells.forEach((number, value) -> {
            var name = value.strip();
            if (name.isEmpty()) {
                return;
            }
            if (columns.containsValue(name)) {
                problems.add(problem(number, "the column name \"" + name + "\" is used twice in the header row"));
                duplicateColumns.add(number);
                return;
            }
            columns.put(number, name);
            header.add(name);
            columnLocations.add(sheet.at(row, number));
        });
    }

    private void merged(String range) {
        if (range == null) {
            return;
        }
        var topLeft = range.split(":")[0];
        problems.add(Problem.at(sheet.at(rowOf(topLeft), columnOf(topLeft)), null,
                "the cells " + range + " are merged; a dataset needs a value in every cell: unmerge them"));
    }

    private Problem problem(int columnNumber, String message) {
        return Problem.at(sheet.at(row, columnNumber), columns.get(columnNumber), message);
    }

    /** The column number of a cell reference: E12 is 5. */
    static int columnOf(String reference) {
        int number = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            number = number * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return number;
    }

    private static int rowOf(String reference) {
        var digits = reference.replaceAll("^[A-Za-z]+", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
