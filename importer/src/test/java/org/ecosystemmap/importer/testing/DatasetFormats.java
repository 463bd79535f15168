package org.ecosystemmap.importer.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.PropertyType;
import org.ecosystemmap.importer.csv.CsvDatasetReader;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.FolderSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test dataset as plain tables that a test may change, written out in any format: a CSV folder, a
 * workbook (numbers as number cells, flags as boolean cells) or a JSON document (typed values, one key per
 * line), as a person would make them.
 */
public final class DatasetFormats {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** A table: its name, header and rows of cell texts, all changeable. */
    public record Table(String name, List<String> header, List<List<String>> rows) {

        /** The row whose first cell is {@code key}. */
        public List<String> row(String key) {
            return rows.stream().filter(r -> r.getFirst().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " has no row " + key));
        }

        public void set(String key, String column, String value) {
            row(key).set(column(column), value);
        }

        public int column(String column) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException(name + " has no column " + column);
            }
            return index;
        }

        /** The row number of a row in a sheet, the header being row 1. */
        public int sheetRow(String key) {
            return rows.indexOf(row(key)) + 2;
        }
    }

    private DatasetFormats() {
    }

    /** The tables of a CSV dataset folder, in table order. */
    public static List<Table> tables(Path folder) {
        var raw = new CsvDatasetReader().read(new FolderSource(folder));
        if (!raw.problems().isEmpty()) {
            throw new IllegalArgumentException(folder + ": " + raw.problems());
        }
        var tables = new ArrayList<Table>();
        for (var name : DatasetTables.names()) {
            raw.table(name).ifPresent(t -> tables.add(new Table(name, new ArrayList<>(t.header()), t.rows().stream()
                    .map(r -> (List<String>) new ArrayList<>(t.header().stream().map(c -> r.cells().getOrDefault(c, "")).toList()))
                    .collect(Collectors.toCollection(ArrayList::new)))));
        }
        return tables;
    }

    public static Table table(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** A workbook with a sheet per table. */
    public static XSSFWorkbook workbook(List<Table> tables) {
        var workbook = new XSSFWorkbook();
        for (var table : tables) {
            var sheet = workbook.createSheet(table.name());
            var header = sheet.createRow(0);
            for (int i = 0; i < table.header().size(); i++) {
                header.createCell(i).setCellValue(table.header().get(i));
            }
            int rowIndex = 1;
            for (var values : table.rows()) {
                var row = sheet.createRow(rowIndex++);
                for (int i = 0; i < values.size(); i++) {
                    var text = values.get(i);
                    if (text.isEmpty()) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    switch (type(table.name(), table.header().get(i))) {
                        case YEAR, INTEGER, DECIMAL -> cell.setCellValue(Double.parseDouble(text));
                        case BOOLEAN -> cell.setCellValue(Boolean.parseBoolean(text));
                        default -> cell.setCellValue(text);
                    }
                }
            }
        }
        return workbook;
    }

    public static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook; var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON document holding the tables under the dataset's name. */
    public static String json(String dataset, List<Table> tables) {
        var document = new LinkedHashMap<String, Object>();
        document.put("dataset", dataset);
        for (var table : tables) {
            var rows = new ArrayList<Map<String, Object>>();
            for (var values : table.rows()) {
                var row = new LinkedHashMap<String, Object>();
                for (int i = 0; i < values.size(); i++) {
                    if (!values.get(i).isEmpty()) {
                        row.put(table.header().get(i), typed(type(table.name(), table.header().get(i)), values.get(i)));
                    }
                }
                rows.add(row);
            }
            document.put(table.name(), rows);
        }
        return JSON.writeValueAsString(document);
    }

    /** A table as CSV text, quoting every cell that needs it. */
    public static String csv(Table table) {
        var text = new StringBuilder(String.join(",", table.header())).append('\n');
        for (var row : table.rows()) {
            text.append(row.stream().map(DatasetFormats::quoted).collect(Collectors.joining(","))).append('\n');
        }
        return text.toString();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static Object typed(PropertyType type, String text) {
        return switch (type) {
            case YEAR, INTEGER -> Long.parseLong(text);
            case DECIMAL -> text.contains(".") ? Double.parseDouble(text) : Long.parseLong(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
            case TEXT_LIST, SOURCE_LIST -> Arrays.stream(text.split("\\|")).map(String::strip).toList();
            default -> text;
        };
    }

    private static PropertyType type(String table, String column) {
        return DatasetTables.columns(table).stream().filter(c -> c.name().equals(column)).map(PropertySpec::type).findFirst()
                .orElse(PropertyType.TEXT);
    }
}
