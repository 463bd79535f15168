package org.ecosystemmap.importer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecosystemmap.importer.DatasetReader;
import org.ecosystemmap.importer.testing.DatasetFixtures;
import org.ecosystemmap.importer.testing.DatasetFormats;
import org.ecosystemmap.importer.testing.ZipBomb;
import org.ecosystemmap.importer.testing.Zips;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader stops at the {@link ReadLimits} while it reads, with a problem located like the others.
 * Small limits stand in for the defaults, so that the files stay small.
 */
@DisplayName("Reading a dataset beyond a limit")
class ReadLimitsTest {

    private static final ReadLimits SMALL = new ReadLimits(50, 200, 300, 4, 2_000, 3_000, 5, 100);

    @TempDir
    Path temp;

    private List<String> problems(Path dataset) {
        return problems(SMALL, dataset);
    }

    private static List<String> problems(ReadLimits limits, Path dataset) {
        return new DatasetReader(limits).read(dataset, "limited").problems().stream().map(Problem::toString).toList();
    }

    private Path folder(Map<String, String> files) throws IOException {
        var folder = Files.createDirectories(temp.resolve("limited"));
        files.forEach((name, text) -> DatasetFixtures.write(folder.resolve(name), text));
        return folder;
    }

    private static String rows(String header, String row, int count) {
        return header + "\n" + (row + "\n").repeat(count);
    }

    @Nested
    @DisplayName("in a CSV folder")
    class Csv {

        @Test
        @DisplayName("refuses a cell, at its row and column")
        void cell() throws IOException {
            assertThat(problems(folder(Map.of("themes.csv", "id,name\ndata,Data\nlong,\"" + "y".repeat(51) + "\"\n"))))
                    .containsExactly("themes.csv:3: column name: the value is longer than 50 characters, the most a cell may hold "
                            + "(a quote that is never closed?)");
        }

        @Test
        @DisplayName("refuses a line, at its number")
        void line() throws IOException {
            assertThat(problems(folder(Map.of("themes.csv", "id,name\ndata," + "a,".repeat(101) + "\n"))))
                    .containsExactly("themes.csv:2: the line is longer than 200 characters, the most a line may hold");
        }

        @Test
        @DisplayName("refuses a row over several lines, at its first")
        void row() throws IOException {
            var cell = "\"" + "z\n".repeat(20) + "\"";
            assertThat(problems(folder(Map.of("themes.csv", "id,name,description\ndata,Data," + cell + "\nwide,Wide," + cell + ","
                    + cell + "," + cell + "," + cell + "," + cell + "," + cell + "," + cell + "\n"))))
                    .containsExactly("themes.csv:23: the row is longer than 300 characters, the most a row may hold");
        }

        @Test
        @DisplayName("refuses more rows than a dataset may hold, counting every table")
        void rows() throws IOException {
            assertThat(problems(folder(new TreeMap<>(Map.of("places.csv", ReadLimitsTest.rows("id,name,type", "p,P,SITE", 3),
                    "themes.csv", ReadLimitsTest.rows("id,name", "t,T", 3))))))
                    .containsExactly("themes.csv:3: the dataset holds more than 4 rows in all, the most a dataset may hold");
        }

        @Test
        @DisplayName("refuses a file larger than a file may hold, and a dataset larger than a dataset may")
        void bytes() throws IOException {
            var limits = new ReadLimits(50, 200, 300, 1_000, 2_000, 3_000, 5, 100);
            assertThat(problems(limits, folder(Map.of("themes.csv", ReadLimitsTest.rows("id,name", "t,T", 600)))))
                    .containsExactly("themes.csv:1: the file holds more than 2,000 bytes, the most a dataset file may hold");
            var text = "id,name\n" + "t,T\n".repeat(400);
            Files.delete(temp.resolve("limited").resolve("themes.csv"));
            assertThat(problems(limits, folder(Map.of("places.csv", "id,name,type\n" + "p,P,SITE\n".repeat(180), "themes.csv", text))))
                    .singleElement().asString().contains("the dataset's files hold more than 3,000 bytes in all");
        }
    }

    @Nested
    @DisplayName("in a zip")
    class Zip {

        @Test
        @DisplayName("refuses more entries than a zip may hold, before reading any")
        void entries() throws IOException {
            var entries = new TreeMap<String, byte[]>();
            for (int i = 0; i < 6; i++) {
                entries.put("notes-" + i + ".txt", "note".getBytes(StandardCharsets.UTF_8));
            }
            var zip = Files.write(temp.resolve("limited.zip"), Zips.of(entries));
            assertThat(problems(zip)).containsExactly("limited.zip: the zip holds 6 entries, more than the 5 a dataset zip may hold");
        }

        @Test
        @DisplayName("refuses an entry that inflates like a zip bomb, at the line reading stopped")
        void compressionRatio() {
            var roomy = new ReadLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, 10, 1L << 40, 1L << 40, 10, 100);
            var bomb = ZipBomb.write(temp.resolve("bomb.zip"), "relationships.csv", "from,type,to\n", 8);
            assertThat(problems(roomy, bomb)).singleElement().asString()
                    .startsWith("relationships.csv:2: the zip entry inflates to more than 100 times its compressed size");
        }
    }

    @Test
    @DisplayName("in a workbook refuses a cell at its cell and goes on, and stops at more rows than a dataset may hold")
    void workbook() throws IOException {
        var tables = DatasetFormats.tables(DatasetFixtures.original("sample"));
        DatasetFormats.table(tables, "partners").set("olvg", "description", "w".repeat(301));
        var workbook = Files.write(temp.resolve("limited.xlsx"), DatasetFormats.bytes(DatasetFormats.workbook(tables)));
        assertThat(problems(new ReadLimits(300, 200, 300, 1_000, 1L << 30, 1L << 30, 5, 100), workbook))
                .containsExactly("limited.xlsx, sheet partners, cell E9: column description: the value is longer than 300 characters, "
                        + "the most a cell may hold");
        assertThat(problems(new ReadLimits(300, 200, 300, 4, 1L << 30, 1L << 30, 5, 100), workbook))
                .containsExactly("limited.xlsx, sheet partners, row 6: the dataset holds more than 4 rows in all, the most a dataset may hold");
    }

    @Test
    @DisplayName("in a JSON document refuses a row larger than a row may hold, and more rows than a dataset may hold")
    void json() throws IOException {
        var row = "{\"id\": \"t\", \"name\": \"" + "n".repeat(40) + "\"}";
        var wide = Files.writeString(temp.resolve("wide.json"), "{\"themes\": [\n" + row + ",\n{\"id\": \"w\", "
                + "\"name\": \"a\", \"description\": \"" + "d".repeat(45) + "\", \"aliases\": [\"" + "a".repeat(45) + "\", \""
                + "b".repeat(45) + "\", \"" + "c".repeat(45) + "\", \"" + "e".repeat(45) + "\", \"" + "f".repeat(45) + "\"],\n"
                + "\"quote\": \"q\"}]}");
        assertThat(problems(new ReadLimits(1_000, 200, 300, 4, 2_000, 3_000, 5, 100), wide)).containsExactly("wide.json:3:1: the row is longer than 300 characters, the most a row may hold");
        var many = Files.writeString(temp.resolve("many.json"), "{\"themes\": [\n" + (row + ",\n").repeat(4) + row + "]}");
        assertThat(problems(many)).containsExactly("many.json:6:1: the dataset holds more than 4 rows in all, the most a dataset may hold");
    }
}
