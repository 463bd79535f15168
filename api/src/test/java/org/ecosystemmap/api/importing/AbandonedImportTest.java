package org.ecosystemmap.api.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.testing.GeneratedDataset;
import org.ecosystemmap.importer.testing.KilledImport;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecomap import --uri} into the running server, killed with SIGKILL while it writes a dataset too large
 * for one transaction: the server notices that the import's journal has no lock holder any more and rolls it
 * back while it keeps running.
 */
@DisplayName("An import into the running server, killed while it writes")
class AbandonedImportTest {

    private static final GeneratedDataset VERSION_ONE = new GeneratedDataset(300, 100, 10);
    private static final GeneratedDataset VERSION_TWO = new GeneratedDataset(2_100, 100, 10);

    @TempDir
    Path temp;

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("is rolled back by the server without a restart, and the next import completes")
    void rolledBackWhileTheServerRuns() throws Exception {
        TestNeo4j.clear();
        var versionOne = VERSION_ONE.write(temp.resolve("one"), "generated", "one", 0);
        var versionTwo = VERSION_TWO.write(temp.resolve("two"), "generated", "two", 100);
        try (var server = RunningServer.start(Map.of("ecosystem.neo4j.uri", TestNeo4j.embedded().boltUri().toString(),
                "ecosystem.bundled-dataset.enabled", "false", "ecosystem.importer.abandoned-import-check", "1s"))) {
            var graph = server.context().getBean(EcosystemGraph.class);
            new Importer(graph).importDataset(versionOne, null, ImportOptions.DEFAULT);
            var before = GraphDump.of(graph);

            int percent = KilledImport.start(versionTwo, "--uri", TestNeo4j.embedded().boltUri().toString(),
                    "--prune", "--transaction-size", "2000").killWhenWritten(20);

            assertThat(percent).as("how far the killed import had written").isBetween(20, 99);
            await("the server rolls the abandoned import back").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                    .until(() -> GraphDump.of(graph).equals(before));
            var rerun = new Importer(graph, 5_000).importDataset(versionTwo, null, new ImportOptions(false, true, Progress.NONE));
            assertThat(rerun.notes()).as("nothing left for the next import to recover").isEmpty();
            assertThat(rerun.transactions()).isGreaterThan(1);
        }
    }
}
