package org.ecosystemmap.benchmarks.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;

/**
 * A copy of a generated dataset with a share of its relationships changed (a new role), the rest
 * byte for byte the same: what a curator's monthly update of a large map looks like to the importer.
 */
public final class ChangedCopy {

    private ChangedCopy() {
    }

    /**
     * Copies {@code dataset} to {@code copy}, changing the role of every {@code every}-th relationship.
     *
     * @return how many relationships it changed
     */
    public static int write(Path dataset, Path copy, int every, String role) {
        try {
            Files.createDirectories(copy);
            try (var files = Files.list(dataset)) {
                for (var file : files.toList()) {
                    if (!file.getFileName().toString().equals("relationships.csv")) {
                        Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            var lines = Files.readAllLines(dataset.resolve("relationships.csv"), StandardCharsets.UTF_8);
            var changed = new ArrayList<String>(lines.size());
            changed.add(lines.getFirst());
            int count = 0;
            for (int i = 1; i < lines.size(); i++) {
                var line = lines.get(i);
                if (i % every == 0) {
                    // from,type,to,role,since,until: the generator never quotes the first three columns.
                    var columns = line.split(",", -1);
                    columns[3] = role;
                    line = String.join(",", columns);
                    count++;
                }
                changed.add(line);
            }
            Files.write(copy.resolve("relationships.csv"), changed, StandardCharsets.UTF_8);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
