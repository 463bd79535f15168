package org.ecosystemmap.importer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Where a dataset's files come from: a folder, the classpath, an upload. */
public interface DatasetSource {

    /** The dataset's name, recorded as the provenance of everything it holds. */
    String name();

    /** The names of the files the dataset holds, without any folder. */
    List<String> fileNames() throws IOException;

    InputStream open(String fileName) throws IOException;

    /** The size of the file as stored, when the source compresses it (a zip entry); 0 otherwise. */
    default long compressedSize(String fileName) {
        return 0;
    }
}
