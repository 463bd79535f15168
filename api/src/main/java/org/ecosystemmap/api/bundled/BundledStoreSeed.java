package org.ecosystemmap.api.bundled;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;
import org.ecosystemmap.graph.connection.EcosystemNeo4jProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.util.FileSystemUtils;

/**
 * Fills a new data folder with a store the bundled dataset was already loaded into, before the embedded database
 * starts: {@code ./ecomap build}'s training run loads the bundled dataset into a scratch folder anyway, and keeps
 * that folder as the seed ({@code ecosystem.bundled-dataset.seed}). A cold start then opens a store that holds the
 * map instead of planning and running the import's statements for the first time in the process (about 4 s of a
 * 10 s start on two cores). The seed is taken only when nothing could be lost or differ: the bundled dataset is
 * enabled, the seed says it holds the configured one, the database is embedded and its folder is new (absent or
 * empty). Anything else starts as before, and the {@link BundledDatasetLoader} loads an empty graph itself.
 */
public final class BundledStoreSeed implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** Written into a data folder the bundled dataset was loaded into: what it holds, so the folder can seed others. */
    static final String MARKER = "bundled-dataset.properties";

    private static final Logger log = LoggerFactory.getLogger(BundledStoreSeed.class);
    private static final String LOCATION = "location";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var binder = Binder.get(event.getEnvironment());
        var bundled = binder.bindOrCreate("ecosystem.bundled-dataset", Bindable.of(BundledDatasetProperties.class));
        var neo4j = binder.bindOrCreate("ecosystem.neo4j", Bindable.of(EcosystemNeo4jProperties.class));
        if (bundled.seed() != null && !neo4j.external()) {
            seed(bundled, neo4j.dataDir());
        }
    }

    /** Copies the seed into {@code dataDir} when it may; says whether it did. */
    static boolean seed(BundledDatasetProperties bundled, Path dataDir) {
        var seed = bundled.seed();
        if (!bundled.enabled() || !bundled.location().equals(locationIn(seed)) || !isNew(dataDir)) {
            return false;
        }
        var started = System.nanoTime();
        var partial = dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + ".seeding-" + ProcessHandle.current().pid());
        try {
            FileSystemUtils.deleteRecursively(partial);
            copy(seed, partial);
            // Moved into place whole: a start killed while copying leaves no half store where the data belongs.
            Files.deleteIfExists(dataDir);
            Files.move(partial, dataDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("The prepared store {} could not be copied into {} ({}); the bundled dataset is loaded instead", seed, dataDir, e.getMessage());
            try {
                FileSystemUtils.deleteRecursively(partial);
            } catch (IOException ignored) {
                // left for the next start's attempt, which deletes it first
            }
            return false;
        }
        log.info("Started the new data folder {} from the prepared store of the bundled dataset {} ({}) in {} ms", dataDir, bundled.location(), seed,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Records in the data folder that the bundled dataset at {@code location} was loaded into it. */
    static void mark(Path dataDir, String location) {
        var marker = new Properties();
        marker.setProperty(LOCATION, location);
        try (Writer out = Files.newBufferedWriter(dataDir.resolve(MARKER), StandardCharsets.UTF_8)) {
            marker.store(out, "The bundled dataset loaded into this folder's graph at " + Instant.now());
        } catch (IOException e) {
            log.warn("Could not record the bundled dataset in {} ({}); the folder cannot seed new ones", dataDir, e.getMessage());
        }
    }

    private static String locationIn(Path seed) {
        var marker = seed.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        try (Reader in = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty(LOCATION);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isNew(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The seed's store and marker; its Neo4j logs are the training run's and stay behind. */
    private static void copy(Path seed, Path target) throws IOException {
        FileSystemUtils.copyRecursively(seed, target);
        FileSystemUtils.deleteRecursively(target.resolve("logs"));
    }

    /** Before {@code EarlyEmbeddedNeo4j}, which starts the database in the folder, and after the settings are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
