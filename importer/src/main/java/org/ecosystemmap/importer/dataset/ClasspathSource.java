package org.ecosystemmap.importer.dataset;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A dataset packaged on the classpath, such as the bundled one. A jar cannot list a folder, so the files
 * looked for are those a dataset may hold.
 */
public record ClasspathSource(String folder, String name, ClassLoader classLoader) implements DatasetSource {

    public ClasspathSource(String folder) {
        this(folder, folder.substring(folder.lastIndexOf('/') + 1), ClasspathSource.class.getClassLoader());
    }

    @Override
    public List<String> fileNames() {
        return DatasetTables.names().stream()
                .map(table -> table + ".csv")
                .filter(file -> classLoader.getResource(folder + "/" + file) != null)
                .toList();
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        var stream = classLoader.getResourceAsStream(folder + "/" + fileName);
        if (stream == null) {
            throw new FileNotFoundException("classpath:" + folder + "/" + fileName);
        }
        return stream;
    }
}
