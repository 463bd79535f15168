package org.ecosystemmap.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.DatasetUpload;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.testing.DatasetContent;
import org.ecosystemmap.importer.testing.DatasetFixtures;
import org.ecosystemmap.importer.testing.DatasetFormats;
import org.ecosystemmap.importer.testing.Zips;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The three dataset formats")
class ImportFormatsTest {

    private final Importer importer = new Importer(TestNeo4j.graph());

    @TempDir
    Path temp;

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("read into the same dataset: the bundled report as CSV folder, zip, workbook and JSON document")
    void sameDatasetFromEveryFormat() {
        var folder = DatasetFixtures.copyBundled(temp);
        var tables = DatasetFormats.tables(folder);
        var workbook = write("jaarverslag-2021.xlsx", DatasetFormats.bytes(DatasetFormats.workbook(tables)));
        var json = write("export.json", DatasetFormats.json("jaarverslag-2021", tables).getBytes(StandardCharsets.UTF_8));
        var zip = write("jaarverslag-2021.zip", Zips.of(folder, "jaarverslag-2021/"));

        var fromCsv = DatasetContent.of(importer.read(folder, null));

        assertThat(DatasetContent.of(importer.read(workbook, null))).isEqualTo(fromCsv);
        assertThat(DatasetContent.of(importer.read(json, null))).isEqualTo(fromCsv);
        assertThat(DatasetContent.of(importer.read(zip, null))).isEqualTo(fromCsv);
    }

    @Test
    @DisplayName("import as uploads into the same graph as the CSV folder, under the name the upload gives")
    void uploadsInEveryFormat() {
        var sample = DatasetFixtures.original("sample");
        importer.importDataset(sample, "sample", ImportOptions.DEFAULT);
        var expected = GraphDump.of(TestNeo4j.graph());
        var tables = DatasetFormats.tables(sample);
        var uploads = List.of(
                new DatasetUpload("Ecosystem sample.xlsx", "sample", DatasetFormats.bytes(DatasetFormats.workbook(tables))),
                new DatasetUpload("sample.JSON", null, DatasetFormats.json("sample", tables).getBytes(StandardCharsets.UTF_8)),
                new DatasetUpload("upload.zip", "sample", Zips.of(sample, "")));

        for (var upload : uploads) {
            TestNeo4j.clear();
            var report = importer.importUpload(upload, ImportOptions.DEFAULT);

            assertThat(report.dataset()).isEqualTo("sample");
            assertThat(report.total().created()).as(upload.fileName()).isEqualTo(9 + 5 + 2 + 1 + 18);
            assertThat(GraphDump.of(TestNeo4j.graph())).as(upload.fileName()).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("reject an upload with its problems located in the uploaded file, and write nothing")
    void rejectsUploads() {
        importer.importDataset(DatasetFixtures.original("sample"), "sample", ImportOptions.DEFAULT);
        var before = GraphDump.of(TestNeo4j.graph());
        var tables = DatasetFormats.tables(DatasetFixtures.original("sample"));
        DatasetFormats.table(tables, "partners").set("olvg", "type", "HOSPTIAL");
        var book = DatasetFormats.workbook(tables);
        book.getSheet("initiatives").getRow(1).getCell(1).setCellFormula("\"TO\"&\"MAS\"");

        assertThatThrownBy(() -> importer.importUpload(new DatasetUpload("sample.xlsx", "sample", DatasetFormats.bytes(book)), ImportOptions.DEFAULT))
                .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        "sample.xlsx, sheet initiatives, cell B2: column name: the cell holds a formula =\"TO\"&\"MAS\"; a dataset holds values: "
                                + "replace it by its value (copy the cells, then paste them as values)",
                        "sample.xlsx, sheet partners, cell D9: column type: unknown value \"HOSPTIAL\"; allowed: GOVERNMENT, "
                                + "KNOWLEDGE_INSTITUTION, EDUCATION, HEALTHCARE, COMPANY, NON_PROFIT, NETWORK, MEDIA, OTHER"));
        assertThatThrownBy(() -> importer.importUpload(new DatasetUpload("partners.csv", "sample", new byte[] {'i', 'd'}), ImportOptions.DEFAULT))
                .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.problems()).singleElement().asString()
                        .startsWith("partners.csv: unknown kind of dataset file"));
        assertThat(GraphDump.of(TestNeo4j.graph())).isEqualTo(before);
    }

    private Path write(String name, byte[] content) {
        try {
            return Files.write(temp.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
