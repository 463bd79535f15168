package org.ecosystemmap.importer.write;

/**
 * How to import.
 *
 * @param dryRun work out and report the difference, write nothing
 * @param prune also delete what came from this dataset before and is no longer in it
 * @param progress told as rows are written
 */
public record ImportOptions(boolean dryRun, boolean prune, Progress progress) {

    public static final ImportOptions DEFAULT = new ImportOptions(false, false, Progress.NONE);
}
