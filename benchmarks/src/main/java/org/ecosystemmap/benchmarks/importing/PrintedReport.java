package org.ecosystemmap.benchmarks.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What {@code ./ecomap import} printed: the relationships the dataset holds (created, updated or unchanged) and
 * the changes it wrote, from its table's {@code relationships} and {@code total} rows (created, updated, deleted,
 * unchanged, then detached when any).
 */
record PrintedReport(long relationships, long changed) {

    private static final Pattern ROW = Pattern.compile("^(relationships|total)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)(?:\\s+(\\d+))?\\s*$",
            Pattern.MULTILINE);

    static PrintedReport of(Path output) {
        String text;
        try {
            text = Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long relationships = -1;
        long changed = -1;
        var rows = ROW.matcher(text);
        while (rows.find()) {
            long created = Long.parseLong(rows.group(2));
            long updated = Long.parseLong(rows.group(3));
            long deleted = Long.parseLong(rows.group(4));
            long unchanged = Long.parseLong(rows.group(5));
            long detached = rows.group(6) == null ? 0 : Long.parseLong(rows.group(6));
            if (rows.group(1).equals("relationships")) {
                relationships = created + updated + unchanged;
            } else {
                changed = created + updated + deleted + detached;
            }
        }
        if (relationships < 0 || changed < 0) {
            throw new IllegalStateException("./ecomap import printed no table of changes; see " + output);
        }
        return new PrintedReport(relationships, changed);
    }
}
