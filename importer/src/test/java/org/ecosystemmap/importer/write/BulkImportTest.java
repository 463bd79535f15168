package org.ecosystemmap.importer.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.DatasetReader;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.validation.DatasetValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

@DisplayName("The first import into a new data folder, by the bulk importer")
class BulkImportTest {

    private final ClasspathSource bundled = new ClasspathSource("datasets/jaarverslag-2021");

    @TempDir
    Path temp;

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("writes the graph an import through transactions writes, and the next import of the dataset finds nothing to change")
    void sameGraphAsTransactions() {
        var dataset = new DatasetValidator().validate(new DatasetReader().read(bundled));
        var dataDir = temp.resolve("data");

        var report = BulkImport.write(dataDir, dataset, ImportOptions.DEFAULT);

        assertThat(report.of(DatasetTables.RELATIONSHIPS).created()).isEqualTo(dataset.relationships().size());
        assertThat(report.total().created()).isEqualTo(dataset.entities().size() + dataset.relationships().size());
        try (var neo4j = EmbeddedNeo4j.start(dataDir, 0, 64L * 1024 * 1024);
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var graph = new EcosystemGraph(driver, null, Duration.ofMinutes(1));
            GraphSchema.embedded(graph, neo4j::database).apply();
            var importer = new Importer(graph);
            importer.recordBulkImport(dataset, report, ImportOptions.DEFAULT);
            var bulk = GraphDump.of(graph);

            new Importer(TestNeo4j.graph()).importDataset(bundled, ImportOptions.DEFAULT);
            assertThat(bulk).isEqualTo(GraphDump.of(TestNeo4j.graph()));

            var again = importer.importDataset(bundled, ImportOptions.DEFAULT);
            assertThat(again.changedAnything()).isFalse();
            assertThat(GraphDump.of(graph)).isEqualTo(bulk);
            assertThat(graph.queryOne("SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS n",
                    Map.of("name", GraphSchema.SEARCH_INDEX), r -> r.get("n").asLong())).contains(1L);
        }
    }

    @Test
    @DisplayName("refuses a data folder that holds anything, and leaves it as it was")
    void refusesAFolderInUse() throws IOException {
        var dataset = new DatasetValidator().validate(new DatasetReader().read(bundled));
        var dataDir = Files.createDirectories(temp.resolve("data"));
        Files.writeString(dataDir.resolve("notes.txt"), "mine");

        assertThat(BulkImport.applies(dataDir)).isFalse();
        assertThatThrownBy(() -> BulkImport.write(dataDir, dataset, ImportOptions.DEFAULT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not empty");
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).containsExactly("notes.txt");
        }
    }

    @Test
    @DisplayName("replaces what a killed bulk import left beside the folder, and writes an empty folder's database")
    void replacesALeftover() throws IOException {
        var dataset = new DatasetValidator().validate(new DatasetReader().read(bundled));
        var dataDir = Files.createDirectories(temp.resolve("data"));
        var leftover = Files.createDirectories(temp.resolve(".data.bulk-import/data/databases/neo4j"));
        Files.writeString(leftover.resolve("half-written"), "x");

        assertThat(BulkImport.applies(dataDir)).isTrue();
        BulkImport.write(dataDir, dataset, ImportOptions.DEFAULT);

        assertThat(temp.resolve(".data.bulk-import")).doesNotExist();
        assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();
        assertThat(dataDir.resolve("data/databases/neo4j/half-written")).doesNotExist();
    }
}
