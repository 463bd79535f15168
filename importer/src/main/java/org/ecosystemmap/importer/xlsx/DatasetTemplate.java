package org.ecosystemmap.importer.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.PropertyType;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.importer.dataset.DatasetTables;

/**
 * The empty dataset workbook people fill in: a sheet per table with its columns, drop-down lists for the
 * closed vocabularies, text format where Excel would otherwise turn {@code 2021-10} into a date, and a
 * {@code _read-me} sheet listing every column. It is made from the vocabulary, so it cannot drift from
 * what the importer accepts; {@code docs/dataset-template.xlsx} is a copy that a test keeps current.
 */
public final class DatasetTemplate {

    /** The sheet that explains the others; its name starts with _, so the importer does not read it. */
    public static final String READ_ME = "_read-me";

    private DatasetTemplate() {
    }

    public static void write(OutputStream out) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var bold = workbook.createFont();
            bold.setBold(true);
            var header = workbook.createCellStyle();
            header.setFont(bold);
            var text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            readMe(workbook.createSheet(READ_ME), header);
            for (var table : DatasetTables.names()) {
                tableSheet(workbook.createSheet(table), requiredFirst(DatasetTables.columns(table)), header, text);
            }
            workbook.write(out);
        }
    }

    private static void tableSheet(Sheet sheet, List<PropertySpec> columns, CellStyle header, CellStyle text) {
        var names = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var column = columns.get(i);
            var cell = names.createCell(i);
            cell.setCellValue(column.name());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, 256 * Math.max(12, column.name().length() + 4));
            if (!isNumber(column.type())) {
                sheet.setDefaultColumnStyle(i, text);
            }
            var choices = choices(sheet.getSheetName(), column);
            if (!choices.isEmpty()) {
                var validations = sheet.getDataValidationHelper();
                var rows = new CellRangeAddressList(1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), i, i);
                var validation = validations.createValidation(validations.createExplicitListConstraint(choices.toArray(String[]::new)), rows);
                validation.setShowErrorBox(true);
                sheet.addValidationData(validation);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** The columns a row must fill in first, then the others, each in vocabulary order. */
    private static List<PropertySpec> requiredFirst(List<PropertySpec> columns) {
        return columns.stream().sorted(Comparator.comparing(column -> !column.required())).toList();
    }

    /** The values a column may hold, when they are few enough to pick from a list. */
    static List<String> choices(String table, PropertySpec column) {
        if (column.type() == PropertyType.ENUM) {
            return column.allowedValues();
        }
        if (column.type() == PropertyType.BOOLEAN) {
            return List.of("true", "false");
        }
        if (table.equals(DatasetTables.RELATIONSHIPS) && column.name().equals("type")) {
            return Arrays.stream(RelationType.values()).map(Enum::name).toList();
        }
        if (table.equals(DatasetTables.TALENT_FACETS) && column.name().equals("field")) {
            return Arrays.stream(TalentFacet.values()).map(TalentFacet::field).toList();
        }
        return List.of();
    }

    private static void readMe(Sheet sheet, CellStyle header) {
        var lines = List.of(
                "Ecosystem Map dataset workbook",
                "Fill in one sheet per table; the first row names the columns. Leave a sheet you do not need empty below its "
                        + "header, or delete it. Sheets whose name starts with _ (like this one) are not read.",
                "Type values, not formulas; do not merge cells. Multi-value cells separate values with |. "
                        + "The full description of every table and column is in docs/dataset-format.md.");
        int row = 0;
        for (var line : lines) {
            sheet.createRow(row++).createCell(0).setCellValue(line);
        }
        row++;
        var titles = sheet.createRow(row++);
        var headings = List.of("sheet", "column", "required", "value", "allowed values");
        for (int i = 0; i < headings.size(); i++) {
            titles.createCell(i).setCellValue(headings.get(i));
            titles.getCell(i).setCellStyle(header);
        }
        for (var table : DatasetTables.names()) {
            for (var column : DatasetTables.columns(table)) {
                var cells = sheet.createRow(row++);
                cells.createCell(0).setCellValue(table);
                cells.createCell(1).setCellValue(column.name());
                cells.createCell(2).setCellValue(column.required() ? "yes" : "no");
                cells.createCell(3).setCellValue(describe(column.type()));
                cells.createCell(4).setCellValue(String.join(", ", choices(table, column)));
            }
        }
        sheet.setColumnWidth(0, 256 * 20);
        sheet.setColumnWidth(1, 256 * 16);
        sheet.setColumnWidth(3, 256 * 48);
    }

    private static boolean isNumber(PropertyType type) {
        return type == PropertyType.INTEGER || type == PropertyType.YEAR || type == PropertyType.DECIMAL;
    }

    private static String describe(PropertyType type) {
        return switch (type) {
            case ID -> "an id: lowercase letters, digits and single hyphens";
            case TEXT -> "text of one line";
            case PROSE -> "text; line breaks allowed";
            case TEXT_LIST -> "texts separated by |";
            case SOURCE_LIST -> "source references separated by |, like report.txt#L12-L15, each optionally with its quote: "
                    + "report.txt#L12-L15 \"the report's words\"";
            case SOURCE -> "one source reference with its quote: report.txt#L12-L15 \"the report's words\"";
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number, 0 or more";
            case YEAR -> "a year, like 2021";
            case DECIMAL -> "a number, 0 or more, without thousands separators or currency";
            case URL -> "an http(s) address";
            case PARTIAL_DATE -> "a date: YYYY-MM-DD, YYYY-MM or YYYY";
            case ENUM -> "one of the allowed values";
        };
    }
}
