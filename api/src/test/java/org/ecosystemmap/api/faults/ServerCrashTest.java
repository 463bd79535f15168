package org.ecosystemmap.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ecosystemmap.api.testing.ServerProcess;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.importer.csv.CsvDatasetReader;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.validation.DatasetValidator;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow (three server JVMs, two loads of the report): the default run checks a restart on the same data folder
 * ({@code EmbeddedDefaultTest}) and an import's recovery after a crash ({@code JournaledImportTest}); this adds a
 * real SIGKILL of the server, and runs with {@code ./ecomap test --slow}.
 */
@Tag("slow")
@DisplayName("The server on its embedded database, killed with SIGKILL")
class ServerCrashTest {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path temp;

    @Test
    @DisplayName("keeps its data whole: killed while loading, it restarts and loads everything; killed at rest, it restarts with every fact")
    void restartsWithDataIntact() {
        int bolt = ServerProcess.freePort();
        var data = temp.resolve("data");
        try (var server = ServerProcess.start(data, bolt)) {
            // Killed as soon as it says it loads: the report fits one transaction, so whether it had written some of it or
            // none, nothing of it was committed (a whole graph, had it finished, would be kept: see below).
            server.awaitOutput("Loading the bundled dataset", START);
            server.kill();
        }
        List<String> loaded;
        try (var restarted = ServerProcess.start(data, bolt)) {
            restarted.awaitOutput("Started EcosystemMapApplication", START);
            // The killed load committed nothing, so the graph is empty and loads now; a whole graph would be kept.
            restarted.awaitOutput(restarted.printed("The graph holds data") ? "The graph holds data" : "Loaded the bundled dataset", START);
            loaded = dump(restarted.boltUri());
            restarted.kill();
        }
        var dataset = new DatasetValidator().validate(new CsvDatasetReader().read(new ClasspathSource("datasets/jaarverslag-2021")));
        assertThat(loaded.stream().filter(line -> line.startsWith("node ")).count())
                .as("every entity and every source section the dataset names")
                .isEqualTo(dataset.entities().size() + dataset.sections().size());
        assertThat(loaded.stream().filter(line -> line.startsWith("rel ")).count()).isEqualTo(dataset.relationships().size());

        try (var restarted = ServerProcess.start(data, bolt)) {
            restarted.awaitOutput("The graph holds data", START);
            assertThat(dump(restarted.boltUri())).isEqualTo(loaded);
        }
    }

    private static List<String> dump(String boltUri) {
        try (var driver = GraphDatabase.driver(boltUri, AuthTokens.none())) {
            return GraphDump.of(new EcosystemGraph(driver, null, Duration.ofSeconds(60)));
        }
    }
}
