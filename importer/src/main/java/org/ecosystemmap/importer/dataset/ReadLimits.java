package org.ecosystemmap.importer.dataset;

/**
 * How much of a dataset the readers take in, checked while they read, so that a hostile or broken file
 * (a zip bomb, a quote never closed, a line of gigabytes) is refused with a located problem long before
 * it could exhaust memory. The defaults leave room for ten times the largest dataset the benchmarks
 * import (1M relationships); docs/security.md lists them.
 *
 * @param maxCellChars the characters one value (a CSV cell, a JSON string, a workbook cell) may hold
 * @param maxLineChars the characters one line of a CSV file may hold
 * @param maxRowChars the characters one row may hold, over all its lines (CSV) or its whole object (JSON)
 * @param maxRows the rows all the tables of a dataset may hold together
 * @param maxFileBytes the bytes one file (or zip entry, uncompressed) may hold
 * @param maxDatasetBytes the bytes all the files of a dataset may hold together, uncompressed
 * @param maxZipEntries the entries a zip may hold, folders included
 * @param maxCompressionRatio how many times its compressed size a zip entry may inflate to, once it is
 *     past {@link #COMPRESSION_GRACE_BYTES}
 */
public record ReadLimits(int maxCellChars, int maxLineChars, int maxRowChars, long maxRows, long maxFileBytes, long maxDatasetBytes,
        int maxZipEntries, int maxCompressionRatio) {

    /** Small entries may compress far: a header of repeated commas. The ratio is checked past this size. */
    public static final long COMPRESSION_GRACE_BYTES = 1024 * 1024;

    public static final ReadLimits DEFAULT = new ReadLimits(100_000, 1_000_000, 2_000_000, 2_000_000, 512L * 1024 * 1024,
            1024L * 1024 * 1024, 1_000, 100);
}
