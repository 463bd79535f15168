package org.ecosystemmap.importer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.ecosystemmap.importer.dataset.ClasspathSource;

/** Copies of the test datasets in a temporary folder, to be changed by a test. */
public final class DatasetFixtures {

    private DatasetFixtures() {
    }

    /** The folder of a dataset under {@code src/test/resources/datasets}. */
    public static Path original(String name) {
        try {
            return Path.of(Objects.requireNonNull(DatasetFixtures.class.getResource("/datasets/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a test dataset in {@code parent}, in a folder named {@code name}. */
    public static Path copy(String original, Path parent, String name) {
        var target = parent.resolve(name);
        try (Stream<Path> files = Files.list(original(original))) {
            Files.createDirectories(target);
            for (var file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the bundled dataset (its CSV files) in {@code parent}, in a folder named after it. */
    public static Path copyBundled(Path parent) {
        var bundled = new ClasspathSource("datasets/jaarverslag-2021");
        var target = parent.resolve(bundled.name());
        try {
            Files.createDirectories(target);
            for (var file : bundled.fileNames()) {
                try (var in = bundled.open(file)) {
                    Files.copy(in, target.resolve(file));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void append(Path file, String lines) {
        write(file, read(file) + lines);
    }

    public static void replace(Path file, String from, String to) {
        var content = read(file);
        if (!content.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        write(file, content.replace(from, to));
    }

    /** Removes the one line that starts with {@code prefix}, whatever the rest of it holds. */
    public static void removeLine(Path file, String prefix) {
        var line = read(file).lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " has no line starting with " + prefix));
        replace(file, line + "\n", "");
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
