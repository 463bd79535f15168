package org.ecosystemmap.importer.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.importer.dataset.ReadLimitException;
import org.ecosystemmap.importer.dataset.ReadLimits;

/**
 * The text of a CSV file on its way to the CSV parser, followed character by character as RFC 4180 quoting
 * shapes it: cells, rows and lines. It refuses a cell, row or line beyond the {@link ReadLimits} as soon as
 * it gets there, so that the parser, which holds a whole cell before it looks at it, never holds more. It
 * also remembers where quoted values open, so that a quote gone wrong is reported where it opened, not
 * where the parser found out.
 */
final class CsvShape extends Reader {

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    /** Quoted values that ran over several lines and were followed by text: the line each closed on, and where it opened. */
    private static final int REMEMBERED = 64;

    private final Reader in;
    private final ReadLimits limits;
    private State state = State.FIELD_START;
    private int line = 1;
    private int rowLine = 1;
    private int field;
    private long cellChars;
    private long rowChars;
    private long lineChars;
    private int quoteLine;
    /** The header's names as they stream past, to name a column when reading stops before the parser has the header. */
    private final List<String> header = new ArrayList<>();
    private final StringBuilder headerCell = new StringBuilder();
    private final Map<Integer, Integer> brokenQuotes = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Integer> eldest) {
            return size() > REMEMBERED;
        }
    };

    CsvShape(Reader in, ReadLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            follow(buffer[i]);
        }
        return n;
    }

    /** The names of the header's columns read so far. */
    List<String> header() {
        return List.copyOf(header);
    }

    /** The line a quoted value opened on, when the file ended inside it; 0 otherwise. */
    int unclosedQuoteLine() {
        return state == State.QUOTED ? quoteLine : 0;
    }

    /**
     * The line where the quoted value that closed on {@code closingLine} opened, when it ran over several
     * lines and text followed its closing quote: then the quote that really went wrong is the opening one.
     * 0 when no such value closed there.
     */
    int openingLineOfQuoteClosedOn(int closingLine) {
        return brokenQuotes.getOrDefault(closingLine, 0);
    }

    private void follow(char c) throws ReadLimitException {
        if (line == 1 && rowLine == 1) {
            headerName(c);
        }
        switch (state) {
            case FIELD_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                    quoteLine = line;
                } else if (c == ',') {
                    field++;
                } else if (c == '\n') {
                    endRow();
                } else if (c != '\r') {
                    state = State.UNQUOTED;
                    cellChars = 1;
                }
            }
            case UNQUOTED -> {
                if (c == ',') {
                    nextField();
                } else if (c == '\n') {
                    endRow();
                } else if (c != '\r') {
                    cellChars++;
                }
            }
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    cellChars++;
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED;
                    cellChars++;
                } else if (c == ',') {
                    nextField();
                } else if (c == '\n') {
                    endRow();
                } else if (c != '\r') {
                    // Text after a closing quote: the parser stops here and names this line.
                    if (quoteLine != line) {
                        brokenQuotes.put(line, quoteLine);
                    }
                    state = State.UNQUOTED;
                    cellChars++;
                }
            }
        }
        if (c == '\n') {
            line++;
            lineChars = 0;
        } else {
            lineChars++;
        }
        rowChars++;
        check();
    }

    private void headerName(char c) {
        boolean endsName = (c == ',' || c == '\n') && state != State.QUOTED;
        if (endsName) {
            header.add(headerCell.toString().strip());
            headerCell.setLength(0);
        } else if (c != '"' && c != '\r' && headerCell.length() < 1_000) {
            headerCell.append(c);
        }
    }

    private void nextField() {
        state = State.FIELD_START;
        field++;
        cellChars = 0;
    }

    private void endRow() {
        state = State.FIELD_START;
        field = 0;
        cellChars = 0;
        rowChars = -1;
        rowLine = line + 1;
    }

    private void check() throws ReadLimitException {
        if (cellChars > limits.maxCellChars()) {
            throw new ReadLimitException("the value is longer than %,d characters, the most a cell may hold (a quote that is never closed?)"
                    .formatted(limits.maxCellChars()), state == State.UNQUOTED ? rowLine : quoteLine, field);
        }
        if (rowChars > limits.maxRowChars()) {
            throw new ReadLimitException("the row is longer than %,d characters, the most a row may hold".formatted(limits.maxRowChars()),
                    rowLine, -1);
        }
        if (lineChars > limits.maxLineChars()) {
            throw new ReadLimitException("the line is longer than %,d characters, the most a line may hold".formatted(limits.maxLineChars()),
                    line, -1);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
