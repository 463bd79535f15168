package org.ecosystemmap.importer.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecosystemmap.importer.testing.DatasetFixtures.copy;
import static org.ecosystemmap.importer.testing.DatasetFixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.FolderSource;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.testing.Zips;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A dataset's question phrase tables")
class PhraseImportTest {

    private static final ImportOptions PRUNE = new ImportOptions(false, true, Progress.NONE);

    private final EcosystemGraph graph = TestNeo4j.graph();
    private final Importer importer = new Importer(graph);

    @TempDir
    Path temp;

    private Path dataset;

    @BeforeEach
    void sample() {
        dataset = copy("sample", temp, "sample");
    }

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    private void importSample(ImportOptions options) {
        importer.importDataset(new FolderSource(dataset, "sample"), options);
    }

    private List<Map<String, Object>> phrases() {
        return graph.query("""
                MATCH (p:AskPhrase) RETURN properties(p) AS p ORDER BY p.lang, p.pattern""", Map.of(), r -> r.get("p").asMap());
    }

    @Test
    @DisplayName("are stored as AskPhrase nodes with the dataset's name, none of them an entity")
    void stored() {
        write(dataset.resolve("phrases-nl.csv"), """
                # Vragen van de beheerder.
                view;pattern;settings
                path;hoe hangen {a} en {b} samen
                goals;wat lukte {a} niet;statuses=NOT_ACHIEVED
                """);
        write(dataset.resolve("phrases-en.csv"), "view;pattern;settings\npartners;who works with {a}\n");

        importSample(ImportOptions.DEFAULT);

        assertThat(phrases()).containsExactly(
                Map.of("lang", "en", "view", "partners", "pattern", "who works with {a}", "settings", "", "dataset", "sample"),
                Map.of("lang", "nl", "view", "path", "pattern", "hoe hangen {a} en {b} samen", "settings", "", "dataset", "sample"),
                Map.of("lang", "nl", "view", "goals", "pattern", "wat lukte {a} niet", "settings", "statuses=NOT_ACHIEVED", "dataset", "sample"));
        assertThat(graph.query("MATCH (p:AskPhrase:Entity) RETURN p", Map.of(), r -> r)).isEmpty();
    }

    @Test
    @DisplayName("travel in a zip of the folder too")
    void zipped() throws IOException {
        write(dataset.resolve("phrases-en.csv"), "view;pattern;settings\npartners;who works with {a}\n");
        var zip = Files.write(temp.resolve("sample.zip"), Zips.of(dataset, "sample/"));

        importer.importDataset(zip, "sample", ImportOptions.DEFAULT);

        assertThat(phrases()).extracting(p -> p.get("pattern")).containsExactly("who works with {a}");
    }

    @Test
    @DisplayName("change nothing when the dataset is imported again")
    void idempotent() {
        write(dataset.resolve("phrases-nl.csv"), "view;pattern;settings\npath;hoe hangen {a} en {b} samen\n");
        importSample(ImportOptions.DEFAULT);
        var before = GraphDump.of(graph);

        importSample(ImportOptions.DEFAULT);

        assertThat(GraphDump.of(graph)).isEqualTo(before);
        assertThat(phrases()).hasSize(1);
    }

    @Test
    @DisplayName("that the dataset no longer holds are kept without --prune and removed with it")
    void pruned() throws IOException {
        write(dataset.resolve("phrases-nl.csv"), "view;pattern;settings\npath;hoe hangen {a} en {b} samen\nbrokers;wie zijn de spinnen\n");
        importSample(ImportOptions.DEFAULT);
        write(dataset.resolve("phrases-nl.csv"), "view;pattern;settings\npath;hoe hangen {a} en {b} samen\n");

        importSample(ImportOptions.DEFAULT);
        assertThat(phrases()).extracting(p -> p.get("pattern")).containsExactlyInAnyOrder("hoe hangen {a} en {b} samen", "wie zijn de spinnen");

        importSample(PRUNE);
        assertThat(phrases()).extracting(p -> p.get("pattern")).containsExactly("hoe hangen {a} en {b} samen");

        Files.delete(dataset.resolve("phrases-nl.csv"));
        importSample(PRUNE);
        assertThat(phrases()).isEmpty();
    }

    @Test
    @DisplayName("with a broken row reject the whole dataset with file, line and reason, and leave the graph as it was")
    void broken() {
        write(dataset.resolve("phrases-nl.csv"), "view;pattern;settings\npath;hoe hangen {a} en {b} samen\n");
        importSample(ImportOptions.DEFAULT);
        var before = GraphDump.of(graph);
        write(dataset.resolve("phrases-nl.csv"), """
                view;pattern;settings
                path;hoe hangen {a} en {b} samen
                # een opmerking
                route;van {a} naar {b}
                path;wie verbindt {a}
                goals;wat lukte {a} niet;statuses
                """);
        write(dataset.resolve("phrases-en.csv"), "pattern;view\n");

        assertThatThrownBy(() -> importSample(PRUNE))
                .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactlyInAnyOrder(
                                "phrases-nl.csv:4: unknown view \"route\"; known: path, shared, partners, network, programmes, goals, brokers, changes",
                                "phrases-nl.csv:5: view path needs the slot {b}",
                                "phrases-nl.csv:6: a setting is name=value, not \"statuses\"",
                                "phrases-en.csv:1: the first row must be the header \"view;pattern;settings\""));
        assertThat(GraphDump.of(graph)).isEqualTo(before);
    }
}
