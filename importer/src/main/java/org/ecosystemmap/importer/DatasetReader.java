package org.ecosystemmap.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ecosystemmap.importer.csv.CsvDatasetReader;
import org.ecosystemmap.importer.dataset.DatasetFile;
import org.ecosystemmap.importer.dataset.DatasetFormat;
import org.ecosystemmap.importer.dataset.DatasetSource;
import org.ecosystemmap.importer.dataset.FolderSource;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawDataset;
import org.ecosystemmap.importer.dataset.ReadLimitException;
import org.ecosystemmap.importer.dataset.ReadLimits;
import org.ecosystemmap.importer.dataset.ZipSource;
import org.ecosystemmap.importer.json.JsonDatasetReader;
import org.ecosystemmap.importer.xlsx.XlsxDatasetReader;

/**
 * Reads a dataset in any of its formats into the one model the validator checks: a folder of CSV files (or
 * a zip of one), an .xlsx workbook, a .json document. A file's format is told by its extension. What cannot
 * be read becomes a problem of the dataset, never an exception.
 */
public final class DatasetReader {

    private final ReadLimits limits;
    private final CsvDatasetReader csv;
    private final XlsxDatasetReader xlsx;
    private final JsonDatasetReader json;

    /** A reader with the {@linkplain ReadLimits#DEFAULT default limits}. */
    public DatasetReader() {
        this(ReadLimits.DEFAULT);
    }

    public DatasetReader(ReadLimits limits) {
        this.limits = limits;
        this.csv = new CsvDatasetReader(limits);
        this.xlsx = new XlsxDatasetReader(limits);
        this.json = new JsonDatasetReader(limits);
    }

    /** A CSV dataset from a folder, the classpath or a zip. */
    public RawDataset read(DatasetSource source) {
        return csv.read(source);
    }

    /**
     * A dataset on disk: a folder of CSV files, a .zip of one, an .xlsx workbook or a .json document.
     *
     * @param name the dataset's name, or null for the folder's or file's name (or a JSON document's own)
     */
    public RawDataset read(Path path, String name) {
        if (Files.isDirectory(path)) {
            return csv.read(name == null ? new FolderSource(path) : new FolderSource(path, name));
        }
        return read(new DatasetFile.OnDisk(path), name);
    }

    /** A dataset that is one file, on disk or uploaded; {@code name} as for {@link #read(Path, String)}. */
    public RawDataset read(DatasetFile file, String name) {
        var format = DatasetFormat.ofFileName(file.fileName());
        if (format.isEmpty()) {
            return unreadable(file, name, "unknown kind of dataset file: a dataset is " + String.join(", ",
                    Arrays.stream(DatasetFormat.values()).map(DatasetFormat::description).toList())
                    + (file.fileName().toLowerCase(Locale.ROOT).endsWith(".csv") ? " (one CSV file holds one table: zip the dataset's folder)" : ""));
        }
        try {
            return switch (format.get()) {
                // POI reads a workbook on disk entry by entry, checking each for a zip bomb; from memory it would inflate all.
                case XLSX -> onDisk(file, ".xlsx", path -> xlsx.read(path, file.fileName(), name));
                case JSON -> {
                    try (var in = file.open()) {
                        yield json.read(file.fileName(), name, in);
                    }
                }
                case CSV_ZIP -> zip(file, name == null ? DatasetFormat.baseName(file.fileName()) : name);
                case CSV_FOLDER -> throw new IllegalStateException("a folder is not a file");
            };
        } catch (ReadLimitException e) {
            return unreadable(file, name, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return unreadable(file, name, "the file cannot be read: " + e.getMessage());
        }
    }

    private RawDataset zip(DatasetFile file, String name) throws IOException {
        return onDisk(file, ".zip", path -> {
            try (var source = new ZipSource(path, name, limits)) {
                return csv.read(source);
            }
        });
    }

    /** What a reader that needs a file (a zip read by random access to its entries) makes of the dataset file. */
    private static RawDataset onDisk(DatasetFile file, String suffix, PathReader reader) throws IOException {
        if (file instanceof DatasetFile.OnDisk onDisk) {
            return reader.read(onDisk.path());
        }
        var copy = Files.createTempFile("ecosystem-upload-", suffix);
        try {
            try (var in = file.open()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return reader.read(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @FunctionalInterface
    private interface PathReader {
        RawDataset read(Path path) throws IOException;
    }

    private static RawDataset unreadable(DatasetFile file, String name, String message) {
        return new RawDataset(name == null ? DatasetFormat.baseName(file.fileName()) : name, List.of(),
                List.of(Problem.inFile(file.fileName(), message)));
    }
}
