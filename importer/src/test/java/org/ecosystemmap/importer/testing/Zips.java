package org.ecosystemmap.importer.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips made the way people make them: a dataset folder zipped whole, or loose files. */
public final class Zips {

    private Zips() {
    }

    /** A zip of the files of {@code folder}, inside a folder named {@code inside} (empty: at the top). */
    public static byte[] of(Path folder, String inside) {
        try (var files = Files.list(folder)) {
            var entries = new TreeMap<String, byte[]>();
            for (var file : files.toList()) {
                entries.put(inside + file.getFileName(), Files.readAllBytes(file));
            }
            return of(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip holding these entries, by path. */
    public static byte[] of(Map<String, byte[]> entries) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
