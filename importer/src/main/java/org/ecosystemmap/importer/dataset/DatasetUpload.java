package org.ecosystemmap.importer.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A dataset file as a user uploaded it: its original file name, whose extension tells the format
 * ({@code .xlsx}, {@code .json}, or {@code .zip} of a CSV folder), the dataset's name, and the bytes.
 *
 * @param fileName the original file name, e.g. {@code jaarverslag-2021.xlsx}
 * @param datasetName the name recorded as provenance; null takes the JSON document's {@code dataset} or
 *     else the file name without extension
 * @param content the file's bytes
 */
public record DatasetUpload(String fileName, String datasetName, byte[] content) implements DatasetFile {

    public DatasetUpload {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("an upload needs its original file name, to tell its format");
        }
        if (content == null) {
            throw new IllegalArgumentException("an upload needs its content");
        }
    }

    /** Reads an upload's stream to its end (and closes it). */
    public static DatasetUpload of(String fileName, String datasetName, InputStream content) throws IOException {
        try (content) {
            return new DatasetUpload(fileName, datasetName, content.readAllBytes());
        }
    }

    @Override
    public InputStream open() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public String toString() {
        return "DatasetUpload[" + fileName + ", " + content.length + " bytes]";
    }
}
