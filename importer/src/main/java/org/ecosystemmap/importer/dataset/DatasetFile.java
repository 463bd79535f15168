package org.ecosystemmap.importer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A dataset held in one file (a workbook, a JSON document, a zip of a CSV folder), on disk or uploaded. */
public sealed interface DatasetFile permits DatasetFile.OnDisk, DatasetUpload {

    /** The file's name as its owner knows it; problems name it, and its extension tells the format. */
    String fileName();

    InputStream open() throws IOException;

    /** A dataset file on disk. */
    record OnDisk(Path path) implements DatasetFile {
        @Override
        public String fileName() {
            return path.getFileName().toString();
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }
    }
}
