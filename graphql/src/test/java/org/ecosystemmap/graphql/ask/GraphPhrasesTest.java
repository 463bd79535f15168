package org.ecosystemmap.graphql.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.FolderSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** A curator's phrases brought in by a dataset: after an import, {@code ask} understands them as the shipped ones. */
@DisplayName("Asking with the phrases a dataset brought into the graph")
class GraphPhrasesTest extends BundledGraphTest {

    private static final String ASK = """
            query ($text: String!) { ask(text: $text, lang: "nl") { view url entities { id } } }""";

    /** No shipped phrase fits it (PhraseTableTest). */
    private static final String QUESTION = "Hoe hangen Philips en OLVG samen?";

    @Autowired
    GraphPhrases graphPhrases;

    @TempDir
    Path temp;

    @AfterEach
    void removePhrases() {
        TestNeo4j.graph().write(tx -> tx.run("MATCH (p:AskPhrase) DELETE p").consume());
        graphPhrases.refresh();
    }

    @Test
    @DisplayName("a phrase in a dataset's phrases-nl.csv is understood once the graph's phrases are read again, and forgotten when removed")
    void understood() throws IOException {
        assertThat(ask(QUESTION)).isEmpty();
        var dataset = Files.createDirectory(temp.resolve("curator-phrases"));
        Files.writeString(dataset.resolve("phrases-nl.csv"), """
                view;pattern;settings
                path;hoe hangen {a} en {b} samen
                """);
        new Importer(TestNeo4j.graph()).importDataset(new FolderSource(dataset, "curator-phrases"), ImportOptions.DEFAULT);

        graphPhrases.refresh();

        var first = ask(QUESTION).getFirst();
        assertThat(first).containsEntry("view", "/path").containsEntry("url", "/path?from=philips&to=olvg");
        assertThat(first.get("entities")).isEqualTo(List.of(Map.of("id", "philips"), Map.of("id", "olvg")));

        removePhrases();
        assertThat(ask(QUESTION)).isEmpty();
    }

    private List<Map<String, Object>> ask(String text) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<Map<String, Object>> interpretations = (List) graphQl.document(ASK).variable("text", text)
                .execute().path("ask").entityList(Map.class).get();
        return interpretations;
    }
}
