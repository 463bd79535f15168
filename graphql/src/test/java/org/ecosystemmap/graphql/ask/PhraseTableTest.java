package org.ecosystemmap.graphql.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ecosystemmap.graph.ask.Phrase;
import org.ecosystemmap.graph.ask.PhraseView;
import org.ecosystemmap.graph.vocabulary.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The question phrase tables")
class PhraseTableTest {

    private final PhraseTable shipped = new PhraseTable("");

    @ParameterizedTest(name = "\"{0}\"")
    @DisplayName("a question fits whatever its case, accents, punctuation and optional words")
    @CsvSource(delimiter = ';', value = {
            "Wie verbindt Philips met TechGrounds?; philips; techgrounds",
            "WIE VERBINDT philips, met techgrounds!!; philips; techgrounds",
            "wie verbindt Oriëntatieprogramma met Philips; orientatieprogramma; philips",
            "Hoe zijn OLVG en Philips met elkaar verbonden?; olvg; philips",
            "Hoe zijn OLVG en Philips verbonden; olvg; philips",
    })
    void fits(String question, String a, String b) {
        assertThat(shipped.fit(question, Language.NL)).anySatisfy(fit -> {
            assertThat(fit.phrase().view()).isEqualTo(PhraseView.PATH);
            assertThat(fit.slots()).isEqualTo(Map.of("a", a, "b", b));
        });
    }

    @Test
    @DisplayName("a name holding a word of the pattern is read both ways, as short and as long as it can be")
    void shortestAndLongest() {
        assertThat(shipped.fit("wie verbindt Inkopen met Impact met Philips", Language.NL))
                .extracting(Phrase.Fit::slots)
                .contains(Map.of("a", "inkopen", "b", "impact met philips"), Map.of("a", "inkopen met impact", "b", "philips"));
    }

    @Test
    @DisplayName("a curator's own table in ecosystem.ask.phrases-dir adds its phrases to the shipped ones")
    void curatorsOwnTable(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("phrases-nl.csv"), """
                # Eigen vragen van de beheerder.
                view;pattern;settings
                path;hoe hangen {a} en {b} samen
                goals;wat lukte {a} niet;statuses=NOT_ACHIEVED
                """);
        var table = new PhraseTable(dir.toString());
        assertThat(table.fit("Hoe hangen Philips en OLVG samen?", Language.NL)).singleElement().satisfies(fit -> {
            assertThat(fit.phrase().view()).isEqualTo(PhraseView.PATH);
            assertThat(fit.phrase().origin()).isEqualTo(dir.resolve("phrases-nl.csv") + ":3");
        });
        assertThat(table.fit("Wat lukte TOMAS niet?", Language.NL)).singleElement()
                .satisfies(fit -> assertThat(fit.phrase().settings()).isEqualTo(Map.of("statuses", "NOT_ACHIEVED")));
        assertThat(shipped.fit("Hoe hangen Philips en OLVG samen?", Language.NL)).isEmpty();
    }

    @Test
    @DisplayName("a broken table stops the start with every problem's file, line and reason")
    void brokenTable(@TempDir Path dir) throws IOException {
        var table = dir.resolve("phrases-en.csv");
        Files.writeString(table, """
                view;pattern;settings
                path;who connects {a}
                routes;how do I get from {a} to {b}
                path;who connects {a} to {whom}
                path;who connects {a} to {b;
                goals;which goals did {a:ORGANISATION} miss
                brokers;brokers [among {kind}
                changes;what changed in {year};year
                """);
        assertThatThrownBy(() -> new PhraseTable(dir.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("7 problem(s)")
                .hasMessageContaining(table + ":2: view path needs the slot {b}")
                .hasMessageContaining(table + ":3: unknown view \"routes\"; known: path, shared, partners, network, programmes, goals, brokers, changes")
                .hasMessageContaining(table + ":4: unknown slot {whom}")
                .hasMessageContaining(table + ":5: a slot opened at position 21 is not closed with }")
                .hasMessageContaining(table + ":6: unknown kind \"ORGANISATION\" in {a:ORGANISATION}")
                .hasMessageContaining(table + ":7: expected \"]\" at position 22")
                .hasMessageContaining(table + ":8: a setting is name=value, not \"year\"");
    }

    @Test
    @DisplayName("a table without its header row is refused")
    void header(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("phrases-nl.csv"), "path;wie verbindt {a} met {b}\n");
        assertThatThrownBy(() -> new PhraseTable(dir.toString()))
                .hasMessageContaining("phrases-nl.csv:1: the first row must be the header \"view;pattern;settings\"");
    }
}
