package org.ecosystemmap.importer.dataset;

import java.io.IOException;

/**
 * A file goes beyond one of the {@link ReadLimits}: reading it stops here. The message says which limit in
 * words a person can act on; the line (0 when the reader does not know it) and the column (a CSV field's
 * position from 0, or -1) say where, as far as the part of the reader that noticed knows.
 */
public final class ReadLimitException extends IOException {

    private final int line;
    private final int field;

    public ReadLimitException(String message, int line, int field) {
        super(message);
        this.line = line;
        this.field = field;
    }

    public ReadLimitException(String message) {
        this(message, 0, -1);
    }

    public int line() {
        return line;
    }

    /** The position of the field in its row, from 0; -1 when not known. */
    public int field() {
        return field;
    }
}
