package org.ecosystemmap.api.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ecosystemmap.api.testing.ServerProcess;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.GraphDump;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

@DisplayName("A new data folder started from the bundled dataset's prepared store")
class BundledStoreSeedTest {

    private static final String LOCATION = "datasets/jaarverslag-2021";
    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    @Test
    @DisplayName("holds the same graph as a folder the dataset was loaded into, without loading it, and leaves the seed as it was")
    void seededFolderHoldsTheLoadedGraph() throws IOException {
        var loadedInto = temp.resolve("loaded");
        List<String> loaded;
        try (var server = ServerProcess.start(loadedInto, ServerProcess.freePort())) {
            server.awaitOutput("The graph is ready", START);
            loaded = dump(server.boltUri());
        }
        assertThat(loadedInto.resolve(BundledStoreSeed.MARKER)).as("the folder records the dataset loaded into it").exists();

        var seedFiles = files(loadedInto);
        var seeded = temp.resolve("seeded");
        try (var server = ServerProcess.start(seeded, ServerProcess.freePort(), "--ecosystem.bundled-dataset.seed=" + loadedInto)) {
            server.awaitOutput("The graph is ready", START);
            assertThat(server.printed("from the prepared store")).isTrue();
            assertThat(server.printed("Loading the bundled dataset")).as("nothing is loaded: the copy holds it").isFalse();
            assertThat(dump(server.boltUri())).isEqualTo(loaded);
        }
        assertThat(files(loadedInto)).as("the seed itself, untouched by the copy and the start").isEqualTo(seedFiles);
    }

    @Test
    @DisplayName("fills an absent or empty folder with the seed's store and marker, without the seed's logs")
    void copiesIntoNewFolders() throws IOException {
        var seed = seed(LOCATION);
        for (var dataDir : List.of(temp.resolve("absent"), Files.createDirectories(temp.resolve("empty")))) {
            assertThat(BundledStoreSeed.seed(new BundledDatasetProperties(true, LOCATION, seed), dataDir)).isTrue();
            assertThat(Files.readString(dataDir.resolve("data/databases/neo4j/neostore"))).isEqualTo("store");
            assertThat(dataDir.resolve(BundledStoreSeed.MARKER)).exists();
            assertThat(dataDir.resolve("logs")).doesNotExist();
            assertThat(temp).isDirectoryNotContaining("glob:**.seeding*");
        }
        assertThat(seed.resolve("logs/debug.log")).as("the seed keeps what it had").exists();
    }

    @Test
    @DisplayName("never replaces a folder that holds anything")
    void leavesFoldersWithContent() throws IOException {
        var dataDir = Files.createDirectories(temp.resolve("data/data/databases/neo4j"));
        Files.writeString(dataDir.resolve("neostore"), "curated");

        assertThat(BundledStoreSeed.seed(new BundledDatasetProperties(true, LOCATION, seed(LOCATION)), temp.resolve("data"))).isFalse();
        assertThat(Files.readString(dataDir.resolve("neostore"))).isEqualTo("curated");
        assertThat(temp.resolve("data").resolve(BundledStoreSeed.MARKER)).doesNotExist();
    }

    @Test
    @DisplayName("is not taken when the bundled dataset is off, another one is configured, or the seed does not say what it holds")
    void notTakenWhenItDoesNotFit() throws IOException {
        var seed = seed(LOCATION);
        assertThat(BundledStoreSeed.seed(new BundledDatasetProperties(false, LOCATION, seed), temp.resolve("off"))).isFalse();
        assertThat(BundledStoreSeed.seed(new BundledDatasetProperties(true, "datasets/other", seed), temp.resolve("other"))).isFalse();
        Files.delete(seed.resolve(BundledStoreSeed.MARKER));
        assertThat(BundledStoreSeed.seed(new BundledDatasetProperties(true, LOCATION, seed), temp.resolve("unmarked"))).isFalse();
        assertThat(temp.resolve("off")).doesNotExist();
        assertThat(temp.resolve("other")).doesNotExist();
        assertThat(temp.resolve("unmarked")).doesNotExist();
    }

    /** A folder shaped like a server's data folder the dataset at {@code location} was loaded into. */
    private Path seed(String location) throws IOException {
        var seed = temp.resolve("seed");
        Files.createDirectories(seed.resolve("data/databases/neo4j"));
        Files.writeString(seed.resolve("data/databases/neo4j/neostore"), "store");
        Files.createDirectories(seed.resolve("logs"));
        Files.writeString(seed.resolve("logs/debug.log"), "the training run's log");
        BundledStoreSeed.mark(seed, location);
        return seed;
    }

    /** Every file under {@code folder} with its content's hash. */
    private static Map<Path, Integer> files(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            var files = new TreeMap<Path, Integer>();
            for (var path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(path), Arrays.hashCode(Files.readAllBytes(path)));
            }
            return files;
        }
    }

    private static List<String> dump(String boltUri) {
        try (var driver = GraphDatabase.driver(boltUri, AuthTokens.none())) {
            return GraphDump.of(new EcosystemGraph(driver, null, Duration.ofSeconds(60)));
        }
    }
}
