package org.ecosystemmap.importer.dataset;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a dataset comes in; all hold the same tables and are read into the same {@link RawDataset}. */
public enum DatasetFormat {

    CSV_FOLDER("a folder of CSV files", ""),
    CSV_ZIP("a .zip of a folder of CSV files", ".zip"),
    XLSX("an .xlsx workbook with a sheet per table", ".xlsx"),
    JSON("a .json document with a key per table", ".json");

    private final String description;
    private final String extension;

    DatasetFormat(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    public String description() {
        return description;
    }

    /** The format of a dataset that is one file, told by its extension (any case). */
    public static Optional<DatasetFormat> ofFileName(String fileName) {
        var lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> !f.extension.isEmpty() && lower.endsWith(f.extension)).findFirst();
    }

    /** The file name without folder and extension: a dataset's name unless another is given. */
    public static String baseName(String fileName) {
        var name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
