package org.ecosystemmap.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecosystemmap.graph.vocabulary.PartnerType;
import org.ecosystemmap.importer.DatasetReader;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.DatasetUpload;
import org.ecosystemmap.importer.validation.DatasetValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The template workbook. {@code docs/dataset-template.xlsx} is a copy of what {@link DatasetTemplate}
 * makes; after a change to the vocabulary, write it again with
 * {@code mvn -B -q verify -pl graph-model,importer -Dtest=DatasetTemplateTest -Dsurefire.failIfNoSpecifiedTests=false -Dtemplate.write=true}.
 */
@DisplayName("The dataset template workbook")
class DatasetTemplateTest {

    private static final Path COMMITTED = Path.of("..", "docs", "dataset-template.xlsx");

    @Test
    @DisplayName("has a sheet per table with exactly its columns, and reads as a valid empty dataset")
    void readsAsAnEmptyDataset() throws IOException {
        var raw = new DatasetReader().read(new DatasetUpload("dataset-template.xlsx", "template", template()), null);

        assertThat(raw.problems()).isEmpty();
        assertThat(raw.tables()).extracting(t -> t.name()).containsExactlyElementsOf(DatasetTables.names());
        raw.tables().forEach(t -> assertThat(t.header()).as(t.name())
                .startsWith(DatasetTables.requiredColumns(t.name()).toArray(String[]::new))
                .containsExactlyInAnyOrderElementsOf(DatasetTables.columnNames(t.name())));
        assertThat(new DatasetValidator().validate(raw).entities()).isEmpty();
    }

    @Test
    @DisplayName("offers the vocabulary's values in drop-down lists")
    void offersTheVocabulary() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            assertThat(content(workbook)).contains(
                    "partners validation C2:C1048576 " + Arrays.stream(PartnerType.values()).map(Enum::name).toList(),
                    "relationships validation B2:B1048576 [PARTNER_IN, MEMBER_OF, PART_OF, RUNS, FUNDS, WORKS_AT, LOCATED_IN, HAS_THEME, HAS_GOAL, CONNECTED_TO]");
        }
    }

    @Test
    @DisplayName("is what docs/dataset-template.xlsx holds")
    void committedCopyIsCurrent() throws IOException {
        if (Boolean.getBoolean("template.write")) {
            Files.write(COMMITTED, template());
        }
        try (var made = new XSSFWorkbook(new ByteArrayInputStream(template()));
                var committed = new XSSFWorkbook(Files.newInputStream(COMMITTED))) {
            assertThat(content(committed)).as("docs/dataset-template.xlsx is out of date; write it again as this test's comment says")
                    .isEqualTo(content(made));
        }
    }

    private static byte[] template() throws IOException {
        var out = new ByteArrayOutputStream();
        DatasetTemplate.write(out);
        return out.toByteArray();
    }

    /** Every sheet's name, cells and drop-down lists, as text. */
    private static List<String> content(XSSFWorkbook workbook) {
        var lines = new ArrayList<String>();
        var text = new DataFormatter();
        for (var sheet : workbook) {
            lines.add("sheet " + sheet.getSheetName());
            for (var row : sheet) {
                var cells = new ArrayList<String>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                lines.add(sheet.getSheetName() + " row " + (row.getRowNum() + 1) + " " + cells);
            }
            for (var validation : sheet.getDataValidations()) {
                for (var range : validation.getRegions().getCellRangeAddresses()) {
                    lines.add(sheet.getSheetName() + " validation " + range.formatAsString() + " "
                            + List.of(validation.getValidationConstraint().getExplicitListValues()));
                }
            }
        }
        return lines;
    }
}
