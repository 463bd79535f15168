package org.ecosystemmap.importer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecosystemmap.importer.dataset.Location;

/**
 * A broken variant of the sample dataset, made in a temporary folder, and where the importer must say the
 * problem is. Variants are made from the sample as a person would break it: by editing a CSV file, a
 * workbook or a JSON document.
 */
public record MalformedDataset(String name, Maker maker, Location location, String column, String message) {

    /** Makes the dataset in a folder and returns the path to import. */
    @FunctionalInterface
    public interface Maker {
        Path make(Path temp) throws IOException;
    }

    public static final String XLSX = "sample.xlsx";
    public static final String JSON = "sample.json";

    public Path make(Path temp) {
        try {
            return maker.make(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** A CSV folder copy of the sample, changed by {@code edit}. */
    public static MalformedDataset csv(String name, Consumer<Path> edit, Location location, String column, String message) {
        return new MalformedDataset("CSV: " + name, temp -> {
            var folder = DatasetFixtures.copy("sample", temp, "sample");
            edit.accept(folder);
            return folder;
        }, location, column, message);
    }

    /** Any dataset file, written by {@code write} into the folder. */
    public static MalformedDataset file(String name, Maker write, Location location, String column, String message) {
        return new MalformedDataset(name, write, location, column, message);
    }

    /** The sample as a workbook, its tables changed by {@code tables}, then the workbook by {@code workbook}. */
    public static MalformedDataset xlsx(String name, Consumer<List<DatasetFormats.Table>> tables, Consumer<XSSFWorkbook> workbook,
            Location location, String column, String message) {
        return new MalformedDataset("XLSX: " + name, temp -> {
            var sample = DatasetFormats.tables(DatasetFixtures.original("sample"));
            tables.accept(sample);
            var book = DatasetFormats.workbook(sample);
            workbook.accept(book);
            return Files.write(temp.resolve(XLSX), DatasetFormats.bytes(book));
        }, location, column, message);
    }

    /**
     * The sample as a JSON document with its text changed by {@code edit}; the problem is expected where
     * {@code marker} first occurs in the changed text.
     */
    public static MalformedDataset json(String name, UnaryOperator<String> edit, String marker, String column, String message) {
        var text = edit.apply(sampleJson());
        return new MalformedDataset("JSON: " + name, temp -> Files.writeString(temp.resolve(JSON), text, StandardCharsets.UTF_8),
                locate(text, marker), column, message);
    }

    /** The sample dataset as the JSON document the edits start from. */
    public static String sampleJson() {
        return DatasetFormats.json("sample", DatasetFormats.tables(DatasetFixtures.original("sample")));
    }

    /** The line and character (both from 1) where {@code marker} first occurs in a JSON document's text. */
    public static Location locate(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("marker not in the document: " + marker);
        }
        return positionOf(text, at);
    }

    /** The line and character of an index into the text. */
    public static Location positionOf(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(JSON, null, line, index - lineStart + 1);
    }
}
