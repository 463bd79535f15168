package org.ecosystemmap.importer.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A dataset in a folder; the folder's name is the dataset's name unless another is given. */
public record FolderSource(Path folder, String name) implements DatasetSource {

    public FolderSource(Path folder) {
        this(folder, folder.toAbsolutePath().normalize().getFileName().toString());
    }

    @Override
    public List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        return Files.newInputStream(folder.resolve(fileName));
    }
}
