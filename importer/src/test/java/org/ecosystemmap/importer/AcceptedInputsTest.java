package org.ecosystemmap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.testing.DatasetContent;
import org.ecosystemmap.importer.testing.DatasetFixtures;
import org.ecosystemmap.importer.testing.DatasetFormats;
import org.ecosystemmap.importer.testing.MalformedDataset;
import org.ecosystemmap.importer.testing.Zips;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What files made by other tools hold and the formats allow: a byte-order mark, Windows line ends, notes
 * sheets, numbers typed as text, JSON nulls, the extra entries of a zip made on a Mac. All read into the
 * same dataset as the plain sample.
 */
@DisplayName("A dataset as other tools write it")
class AcceptedInputsTest {

    private static final String BOM = "\uFEFF";

    private final Importer importer = new Importer(TestNeo4j.graph());

    @TempDir
    Path temp;

    /** A way of writing the sample that must read the same as the plain CSV folder. */
    record Variant(String name, MalformedDataset.Maker maker) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Variant> variants() {
        return Stream.of(
                new Variant("CSV files with a byte-order mark", temp -> csv(temp, text -> BOM + text)),
                new Variant("CSV files with Windows line ends (CRLF)", temp -> csv(temp, text -> text.replace("\n", "\r\n"))),
                new Variant("CSV files with both", temp -> csv(temp, text -> BOM + text.replace("\n", "\r\n"))),
                new Variant("a JSON document with a byte-order mark and CRLF", temp -> Files.writeString(temp.resolve("sample.json"),
                        BOM + sampleJson().replace("\n", "\r\n"))),
                new Variant("a JSON document with null for values not given", temp -> Files.writeString(temp.resolve("sample.json"),
                        sampleJson().replace("\"dataset\" : \"sample\",", "\"dataset\" : \"sample\", \"themes\" : null,")
                                .replace("\"name\" : \"OLVG\",", "\"name\" : \"OLVG\", \"aliases\" : null, \"website\" : null,"))),
                new Variant("a workbook with a notes sheet and years typed as text", temp -> {
                    var book = DatasetFormats.workbook(DatasetFormats.tables(DatasetFixtures.original("sample")));
                    book.createSheet("_notes").createRow(0).createCell(0).setCellValue("Checked by the curator.");
                    var year = book.getSheet("initiatives").getRow(1).getCell(5);
                    year.setCellValue("2021");
                    assertThat(year.getCellType()).isEqualTo(CellType.STRING);
                    return Files.write(temp.resolve("sample.xlsx"), DatasetFormats.bytes(book));
                }),
                new Variant("a zip made on a Mac, with its folder entries and resource forks", temp -> {
                    var entries = new LinkedHashMap<String, byte[]>();
                    entries.put("sample/", new byte[0]);
                    try (var files = Files.list(DatasetFixtures.original("sample"))) {
                        for (var file : files.toList()) {
                            entries.put("sample/" + file.getFileName(), Files.readAllBytes(file));
                            entries.put("__MACOSX/sample/._" + file.getFileName(), new byte[] {0, 5, 22, 7});
                        }
                    }
                    entries.put("sample/.DS_Store", new byte[] {0, 0, 0, 1});
                    entries.put("sample/README.txt", "Exported from the curation sheet.".getBytes(StandardCharsets.UTF_8));
                    return Files.write(temp.resolve("sample.zip"), Zips.of(entries));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    @DisplayName("reads the same as the plain CSV folder")
    void readsTheSame(Variant variant) throws IOException {
        var expected = DatasetContent.of(importer.read(DatasetFixtures.original("sample"), "sample"));

        var dataset = importer.read(variant.maker().make(temp), "sample");

        assertThat(DatasetContent.of(dataset)).isEqualTo(expected);
    }

    @Test
    @DisplayName("in a workbook, reads a date cell as the date it shows and a number cell as the number")
    void workbookDatesAndNumbers() throws IOException {
        var tables = DatasetFormats.tables(DatasetFixtures.original("sample"));
        tables.add(new DatasetFormats.Table("events", new ArrayList<>(List.of("id", "name", "date", "attendance")),
                new ArrayList<>(List.of(new ArrayList<>(List.of("launch", "TOMAS launch", "", "40"))))));
        var book = DatasetFormats.workbook(tables);
        var style = book.createCellStyle();
        style.setDataFormat(book.createDataFormat().getFormat("d-mmm-yy"));
        var date = book.getSheet("events").getRow(1).createCell(2);
        date.setCellValue(LocalDate.of(2021, 10, 5));
        date.setCellStyle(style);
        var file = Files.write(temp.resolve("sample.xlsx"), DatasetFormats.bytes(book));

        var launch = importer.read(file, "sample").entities().stream().filter(e -> e.id().equals("launch")).findFirst().orElseThrow();

        assertThat(launch.properties()).containsEntry("date", "2021-10-05").containsEntry("year", 2021L).containsEntry("attendance", 40L);
    }

    private static Path csv(Path temp, UnaryOperator<String> edit) {
        var folder = DatasetFixtures.copy("sample", temp, "sample");
        try (var files = Files.list(folder)) {
            for (var file : files.toList()) {
                Files.writeString(file, edit.apply(DatasetFixtures.read(file)), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static String sampleJson() {
        return MalformedDataset.sampleJson();
    }
}
