package org.ecosystemmap.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.testing.GeneratedDataset;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.Progress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * The import command in a process of its own, killed with {@code kill -9} while it writes a dataset too
 * large for one transaction: the graph it leaves is rolled back to the one before, and the next run
 * completes.
 */
@DisplayName("An import killed while it writes")
class KilledImportTest {

    private static final Pattern PERCENT = Pattern.compile("\\] +(\\d+)%");
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

        var process = importInOtherProcess(versionTwo, dataDir);
        int percent = killWhenWritten(process, 20);

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

    /** Runs the import command in a new JVM, as {@code ecomap import} does, with small transactions. */
    private static Process importInOtherProcess(Path dataset, Path dataDir) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), ImportCommand.class.getName(),
                dataset.toString(), "--data-dir", dataDir.toString(), "--prune", "--transaction-size", "2000"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Reads the progress bar until it shows {@code percent} or more, then kills the process; returns what it showed. */
    private static int killWhenWritten(Process process, int percent) throws Exception {
        var seen = new StringBuilder();
        try (var err = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
            var buffer = new char[4096];
            int read;
            while ((read = err.read(buffer)) >= 0) {
                seen.append(buffer, 0, read);
                var matcher = PERCENT.matcher(seen);
                int last = -1;
                while (matcher.find()) {
                    last = Integer.parseInt(matcher.group(1));
                }
                if (last >= percent) {
                    process.destroyForcibly();
                    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                    return last;
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new AssertionError("the import ended (exit code " + process.waitFor() + ") before it could be killed:\n" + seen);
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
