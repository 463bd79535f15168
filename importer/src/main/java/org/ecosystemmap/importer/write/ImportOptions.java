package org.ecosystemmap.importer.write;

/**
 * How to import.
 *
 * @param dryRun work out and report the difference, write nothing
 * @param prune also delete what came from this dataset before and is no longer in it
 * @param progress told as rows are written
 * @param actor who imports, as the audit trail records it: an API key's name, {@code system}, a user
 */
public record ImportOptions(boolean dryRun, boolean prune, Progress progress, String actor) {

    public static final ImportOptions DEFAULT = new ImportOptions(false, false, Progress.NONE);

    public ImportOptions(boolean dryRun, boolean prune, Progress progress) {
        this(dryRun, prune, progress, "system");
    }

    public ImportOptions by(String who) {
        return new ImportOptions(dryRun, prune, progress, who);
    }
}
