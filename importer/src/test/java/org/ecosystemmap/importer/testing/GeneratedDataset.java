package org.ecosystemmap.importer.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A made-up CSV dataset as large as a test needs: partners, each a member of several coalitions. A
 * {@code version} goes into every description and role, so that two versions differ in every row; the
 * first {@code skipped} partners are left out, so that a pruning import of a later version deletes them.
 *
 * @param partners how many partners
 * @param coalitions how many coalitions
 * @param membershipsPerPartner how many coalitions each partner is a member of
 */
public record GeneratedDataset(int partners, int coalitions, int membershipsPerPartner) {

    /** Rows the dataset holds: entities and relationships. */
    public int rows(int skipped) {
        return (partners - skipped) * (1 + membershipsPerPartner) + coalitions;
    }

    /** Writes the dataset into a folder named {@code name} in {@code parent}. */
    public Path write(Path parent, String name, String version, int skipped) {
        var folder = parent.resolve(name);
        try {
            Files.createDirectories(folder);
            try (var out = writer(folder.resolve("coalitions.csv"))) {
                out.write("id,name,type,description\n");
                for (int c = 0; c < coalitions; c++) {
                    out.write("coalition-" + c + ",Coalition " + c + ",COALITION,Coalition number " + c + " (" + version + ")\n");
                }
            }
            try (var out = writer(folder.resolve("partners.csv"))) {
                out.write("id,name,type,description,aliases\n");
                for (int p = skipped; p < partners; p++) {
                    out.write("partner-" + p + ",Partner " + p + ",COMPANY,Partner number " + p + " (" + version + "),P" + p + "|Partner no. " + p + "\n");
                }
            }
            try (var out = writer(folder.resolve("relationships.csv"))) {
                out.write("from,type,to,role,since\n");
                for (int p = skipped; p < partners; p++) {
                    for (int m = 0; m < membershipsPerPartner; m++) {
                        out.write("partner-" + p + ",MEMBER_OF,coalition-" + ((p + m * 7) % coalitions) + ",member (" + version + ")," + (2000 + m) + "\n");
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
