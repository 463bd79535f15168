package org.ecosystemmap.importer.write;

/** Told how many rows were written, so a command line can draw a progress bar. */
@FunctionalInterface
public interface Progress {

    Progress NONE = rows -> { };

    void advanced(int rows);

    /** Told once before writing how many rows there are in all. */
    default void starting(long totalRows) {
    }
}
