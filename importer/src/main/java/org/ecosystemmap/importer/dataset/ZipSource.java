package org.ecosystemmap.importer.dataset;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A CSV dataset folder in a zip file: the CSV files at the top of the zip or in one folder in it, as zipping
 * a dataset folder makes them. Folders and files that operating systems add ({@code __MACOSX/},
 * {@code .DS_Store}) are left out. A zip with more entries than {@link ReadLimits#maxZipEntries}, an entry
 * named twice (which one would be read?) or an entry declaring more than a file may hold is refused before
 * anything is read; how far entries really inflate is checked as they are read ({@link ReadBudget}).
 */
public final class ZipSource implements DatasetSource, AutoCloseable {

    private final ZipFile zip;
    private final String name;
    private final String folder;

    public ZipSource(Path file, String name, ReadLimits limits) throws IOException {
        this.zip = new ZipFile(file.toFile());
        this.name = name;
        try {
            check(zip, limits);
            this.folder = datasetFolder(zip);
        } catch (IOException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> fileNames() {
        var names = new ArrayList<String>();
        for (var entry : entries()) {
            var path = entry.getName();
            if (path.startsWith(folder) && path.indexOf('/', folder.length()) < 0) {
                names.add(path.substring(folder.length()));
            }
        }
        return names.stream().sorted().toList();
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        var entry = zip.getEntry(folder + fileName);
        if (entry == null) {
            throw new FileNotFoundException(folder + fileName + " in the zip");
        }
        return zip.getInputStream(entry);
    }

    @Override
    public long compressedSize(String fileName) {
        var entry = zip.getEntry(folder + fileName);
        // Stored entries are not compressed; a size the zip does not know counts as the whole zip.
        return entry == null || entry.getMethod() == ZipEntry.STORED ? 0 : Math.max(entry.getCompressedSize(), 1);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private List<ZipEntry> entries() {
        return zip.stream().filter(e -> !e.isDirectory() && !isSystemFile(e.getName())).map(e -> (ZipEntry) e).toList();
    }

    private static boolean isSystemFile(String path) {
        var base = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || base.startsWith(".");
    }

    private static void check(ZipFile zip, ReadLimits limits) throws IOException {
        if (zip.size() > limits.maxZipEntries()) {
            throw new ReadLimitException("the zip holds %,d entries, more than the %,d a dataset zip may hold".formatted(zip.size(),
                    limits.maxZipEntries()));
        }
        var names = new HashSet<String>();
        for (var entry : zip.stream().toList()) {
            if (!names.add(entry.getName())) {
                throw new IOException("the zip holds \"" + entry.getName() + "\" twice, and only one of them could be read; zip the dataset's folder again");
            }
            if (entry.getSize() > limits.maxFileBytes()) {
                throw new ReadLimitException("the zip entry \"%s\" declares %,d bytes, more than the %,d a dataset file may hold"
                        .formatted(entry.getName(), entry.getSize(), limits.maxFileBytes()));
            }
        }
    }

    /** The folder (ending in /, or empty for the top) that holds the CSV files. */
    private static String datasetFolder(ZipFile zip) throws IOException {
        var folders = new TreeSet<String>();
        zip.stream().filter(e -> !e.isDirectory() && !isSystemFile(e.getName()))
                .filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))
                .forEach(e -> folders.add(e.getName().substring(0, e.getName().lastIndexOf('/') + 1)));
        if (folders.size() > 1) {
            throw new IOException("the zip holds CSV files in more than one folder (" + String.join(", ", folders.stream()
                    .map(f -> f.isEmpty() ? "the top" : f).toList()) + "); zip one dataset folder");
        }
        return folders.isEmpty() ? "" : folders.first();
    }
}
