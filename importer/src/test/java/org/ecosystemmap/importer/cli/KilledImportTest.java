package org.ecosystemmap.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.testing.GeneratedDataset;
import org.ecosystemmap.importer.testing.KilledImport;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The import command in a process of its own, killed with {@code kill -9} while it writes a dataset too
 * large for one transaction: the graph it leaves is rolled back to the one before, and the next run
 * completes.
 *
 * <p>Slow (a 23,000-row import in a JVM of its own, killed and recovered): {@code JournaledImportTest} checks the
 * same recovery in-process on every run; this one, with a real SIGKILL, runs with {@code ./ecomap test --slow}.
 */
@Tag("slow")
@DisplayName("An import killed while it writes")
class KilledImportTest {

    /** A small first version, and a second one large enough to be written in many transactions for a few seconds. */
    private static final GeneratedDataset VERSION_ONE = new GeneratedDataset(300, 100, 10);
    private static final GeneratedDataset VERSION_TWO = new GeneratedDataset(2_100, 100, 10);
    private static final int REMOVED_IN_VERSION_TWO = 100;

    @TempDir
    Path temp;

    @Test
    @DisplayName("leaves the previous graph once recovered, and the next run completes")
    void killedImportIsRolledBack() throws Exception {
        var dataDir = temp.resolve("data");
        var versionOne = VERSION_ONE.write(temp.resolve("one"), "generated", "one", 0);
        var versionTwo = VERSION_TWO.write(temp.resolve("two"), "generated", "two", REMOVED_IN_VERSION_TWO);
        var before = withGraph(dataDir, (graph) -> {
            new Importer(graph).importDataset(versionOne, null, ImportOptions.DEFAULT);
            return GraphDump.of(graph);
        });

        // Small transactions, so that the import is written in many and killed between two of them.
        int percent = KilledImport.start(versionTwo, "--data-dir", dataDir.toString(), "--prune", "--transaction-size", "2000")
                .killWhenWritten(20);

        assertThat(percent).as("how far the killed import had written").isBetween(20, 99);
        withGraph(dataDir, graph -> {
            assertThat(GraphDump.of(graph)).as("the graph as the killed import left it").isNotEqualTo(before)
                    .anyMatch(line -> line.startsWith("node [ImportJournal]"));

            assertThat(new Importer(graph).recoverInterruptedImport()).singleElement().asString()
                    .startsWith("rolled back the interrupted import of generated");
            assertThat(GraphDump.of(graph)).isEqualTo(before);

            var rerun = new Importer(graph, 5_000).importDataset(versionTwo, null, new ImportOptions(false, true, Progress.NONE));
            assertThat(rerun.transactions()).isGreaterThan(1);
            assertThat(rerun.total().deleted()).isEqualTo(REMOVED_IN_VERSION_TWO * (1 + VERSION_ONE.membershipsPerPartner()));
            assertThat(new Importer(graph).importDataset(versionTwo, null, new ImportOptions(true, true, Progress.NONE)).changedAnything())
                    .as("a dry run after the rerun finds nothing left to do").isFalse();
            return null;
        });
    }

    /** Opens the embedded database in the data folder, as the command does, for the time of {@code work}. */
    private static <T> T withGraph(Path dataDir, Function<EcosystemGraph, T> work) {
        try (var neo4j = EmbeddedNeo4j.start(dataDir, 0, 64L * 1024 * 1024);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var graph = new EcosystemGraph(driver, null, Duration.ofMinutes(2));
            new GraphSchema(graph).apply();
            return work.apply(graph);
        }
    }
}
