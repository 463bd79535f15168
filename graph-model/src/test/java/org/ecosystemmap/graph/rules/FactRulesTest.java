package org.ecosystemmap.graph.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.sources.SourceSections;
import org.ecosystemmap.graph.sources.SourceSections.Section;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graph.vocabulary.PropertyValues;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The rule book")
class FactRulesTest {

    private static final SourceSections NONE = SourceSections.none();

    private static List<String> problems(Checked<?> checked) {
        return checked.problems().stream().map(p -> p.field() + ": " + p.describe()).toList();
    }

    private static Checked<Map<String, Object>> partner(Map<String, String> more) {
        var texts = new HashMap<>(Map.of("id", "acme", "name", "Acme", "type", "COMPANY"));
        texts.putAll(more);
        return FactRules.entity(EntityKind.PARTNER, texts, NONE);
    }

    @Nested
    @DisplayName("takes as an address only http(s) with a host")
    class Addresses {

        @ParameterizedTest
        @ValueSource(strings = {"https://example.org/", "http://example.org/a?b=c#d", "HTTPS://Example.org", "https://nl.wikipedia.org/wiki/Oriëntatie"})
        @DisplayName("accepts a web address")
        void accepts(String url) {
            assertThat(problems(partner(Map.of("website", url)))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "https://example.org/\"onmouseover=\"alert(1)", "https://example.org/<script>", "https:///path", "//example.org",
                "example.org", "ftp://example.org/", "https://exa mple.org/"})
        @DisplayName("refuses anything else")
        void refuses(String url) {
            assertThat(problems(partner(Map.of("website", url)))).singleElement().asString().startsWith("website: \"").contains("is not a web address");
        }

        @Test
        @DisplayName("also for a section's address")
        void sections() {
            var section = FactRules.section(Map.of("document", "report.txt", "from", "1", "to", "5", "section", "Intro", "url", "javascript:x()"));
            assertThat(section.value()).isNull();
            assertThat(problems(section)).singleElement().asString().startsWith("url: \"javascript:x()\" is not a web address");
        }
    }

    @Test
    @DisplayName("refuses control characters, and line breaks and tabs outside free text")
    void controlCharacters() {
        assertThat(problems(partner(Map.of("name", "Ac\u0000me")))).containsExactly(
                "name: the text holds the control character U+0000 at character 3; text holds no control characters");
        assertThat(problems(partner(Map.of("name", "Ac\nme")))).containsExactly("name: the text holds a line break at character 3; this field is one line");
        assertThat(problems(partner(Map.of("aliases", "A|B\tC")))).containsExactly("aliases: the text holds a tab at character 4; this field is one line");
        assertThat(problems(partner(Map.of("description", "One.\r\n\tTwo.")))).isEmpty();
        assertThat(problems(partner(Map.of("description", "One.\u001b[2J")))).singleElement().asString().contains("U+001B");
        assertThat(FactRules.datasetName("report\u0085")).singleElement().extracting(FactProblem::message).asString().contains("U+0085");
        assertThat(FactRules.datasetName(" ")).singleElement().extracting(FactProblem::message).asString().startsWith("the dataset needs a name");
    }

    @Test
    @DisplayName("refuses negative counts and amounts")
    void negativeNumbers() {
        var coalition = FactRules.entity(EntityKind.COALITION, Map.of("id", "c", "name", "C", "type", "COALITION", "size", "-1"), NONE);
        assertThat(problems(coalition)).containsExactly("size: -1 is negative; a count is 0 or more");
        var funding = FactRules.entity(EntityKind.FUNDING, Map.of("id", "f", "name", "F", "outcome", "GRANTED", "amount", "-0.5"), NONE);
        assertThat(problems(funding)).containsExactly("amount: -0.5 is negative; an amount is 0 or more");
        var nothing = FactRules.entity(EntityKind.FUNDING, Map.of("id", "f", "name", "F", "outcome", "GRANTED", "amount", "0"), NONE);
        assertThat(nothing.value()).containsEntry("amount", 0.0);
    }

    @Test
    @DisplayName("derives name keys, an event's year and the sections of source references")
    void derives() {
        var sections = SourceSections.of(List.of(new Section("r.txt", 1, 100, "Part", null), new Section("r.txt", 10, 20, "Part › Sub", "https://x.org/")));
        var event = FactRules.entity(EntityKind.EVENT, Map.of("id", "e", "name", "Oriëntatie-dag", "aliases", "Open Dag", "date", "2021-10-05",
                "sources", "r.txt#L12|r.txt#L50-L52"), sections);
        assertThat(event.ok()).isTrue();
        assertThat(event.value()).containsEntry("year", 2021L)
                .containsEntry(NameKeys.PROPERTY, List.of("orientatie dag", "open dag"))
                .containsEntry("sources", List.of("r.txt#L12 §Part › Sub <https://x.org/>", "r.txt#L50-L52 §Part"));
        var contradicting = FactRules.entity(EntityKind.EVENT, Map.of("id", "e", "name", "E", "date", "2021-10", "year", "2020"), NONE);
        assertThat(problems(contradicting)).containsExactly("year: the year 2020 differs from the date 2021-10");
    }

    @Test
    @DisplayName("names a field the kind does not have, suggesting the one meant")
    void unknownFields() {
        assertThat(problems(partner(Map.of("websit", "https://x.org/")))).singleElement().asString()
                .startsWith("websit: a Partner has no websit; its fields are id, name").endsWith("did you mean \"website\"?");
    }

    @Nested
    @DisplayName("for relationships")
    class Relationships {

        @Test
        @DisplayName("checks a type's name in one place, with one message")
        void typeNames() {
            assertThat(FactRules.relationType(" PART_OF ").value()).isEqualTo(RelationType.PART_OF);
            assertThat(problems(FactRules.relationType("PART_OFF"))).containsExactly("type: unknown relationship type \"PART_OFF\"; allowed: "
                    + "PARTNER_IN, MEMBER_OF, PART_OF, RUNS, FUNDS, WORKS_AT, LOCATED_IN, HAS_THEME, HAS_GOAL, CONNECTED_TO; did you mean \"PART_OF\"?");
        }

        @Test
        @DisplayName("refuses the kinds a type cannot join")
        void endpoints() {
            assertThat(FactRules.endpoints(RelationType.WORKS_AT, "olvg", EntityKind.PARTNER, "philips", EntityKind.PARTNER))
                    .hasValueSatisfying(p -> assertThat(p.message()).startsWith("WORKS_AT cannot join a Partner (olvg) to a Partner (philips)"));
            assertThat(FactRules.endpoints(RelationType.WORKS_AT, "ann", EntityKind.PERSON, "olvg", EntityKind.PARTNER)).isEmpty();
        }

        @Test
        @DisplayName("refuses one from an entity to itself, whatever its type")
        void selfLoops() {
            for (var type : RelationType.values()) {
                assertThat(problems(FactRules.relationship("x", type, "x", Map.of(), NONE)))
                        .containsExactly("to: x -" + type + "-> x joins an entity to itself; a relationship joins two entities");
            }
        }

        @Test
        @DisplayName("finds every PART_OF circle, however long, and nothing in a tree")
        void partOfCycles() {
            assertThat(FactRules.partOfCycles(Map.of("a", List.of("b"), "b", List.of("c"), "d", List.of("c")))).isEmpty();
            assertThat(FactRules.partOfCycles(Map.of("a", List.of("b"), "b", List.of("a")))).singleElement()
                    .satisfies(cycle -> assertThat(cycle).hasSize(3).startsWith(cycle.getLast()).containsOnly("a", "b"));
            var chain = new LinkedHashMap<String, List<String>>();
            for (int i = 0; i < 100_000; i++) {
                chain.put("n" + i, List.of("n" + (i + 1)));
            }
            chain.put("n100000", List.of("n0"));
            assertThat(FactRules.partOfCycles(chain)).singleElement().satisfies(cycle -> assertThat(cycle).hasSize(100_002));
            assertThat(FactRules.partOfCycle(List.of("a", "b", "a")).message())
                    .isEqualTo("PART_OF runs in a circle: a -PART_OF-> b -PART_OF-> a; something cannot be part of what is part of it");
        }
    }

    @Test
    @DisplayName("reads a node's kind from its labels, and only from a kind's label")
    void kindFromLabels() {
        assertThat(EntityKind.fromLabels(List.of("Entity", "TalentProgramme"))).isEqualTo(EntityKind.TALENT_PROGRAMME);
        assertThatThrownBy(() -> EntityKind.fromLabels(List.of("Entity"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without a kind label");
    }

    @Test
    @DisplayName("folds accents once, for name keys, ids and search words alike")
    void accents() {
        assertThat(NameKeys.foldAccents("Oriëntatie Café")).isEqualTo("Orientatie Cafe");
        assertThat(NameKeys.words("Oriëntatie-programma!")).containsExactly("orientatie", "programma");
        assertThat(PropertyValues.slug("Oriëntatie Café")).isEqualTo("orientatie-cafe");
    }

    @Nested
    @DisplayName("merges entities")
    class Merging {

        private final Map<String, EntityKind> kinds = Map.of("acme", EntityKind.PARTNER, "acme-bv", EntityKind.PARTNER,
                "bots", EntityKind.INITIATIVE);

        @Test
        @DisplayName("of one kind into another entity")
        void ofOneKind() {
            assertThat(FactRules.merge("acme", List.of("acme-bv"), kinds)).isEmpty();
        }

        @Test
        @DisplayName("and refuses different kinds, unknown ids, an entity into itself and nothing to merge, each said")
        void refusals() {
            assertThat(FactRules.merge("acme", List.of("bots", "acme-nv", "acme"), kinds)).extracting(FactProblem::describe).containsExactly(
                    "\"bots\" is an Initiative and \"acme\" is a Partner; only entities of one kind can be merged",
                    "no entity has the id \"acme-nv\"",
                    "\"acme\" is the entity kept; an entity cannot be merged into itself");
            assertThat(FactRules.merge("nobody", List.of(), kinds)).extracting(FactProblem::describe).containsExactly(
                    "name at least one entity to merge into nobody", "no entity has the id \"nobody\"");
        }

        @Test
        @DisplayName("keeping the kept entity's facts, filling its blanks, adding aliases, sources, names and ids, with name keys to match")
        void combinedFacts() {
            var kept = Map.<String, Object>of("id", "acme", "name", "Acme", "type", "COMPANY", "aliases", List.of("ACME"),
                    "sources", List.of("a.txt#L1"), "importHash", 42L);
            var merged = Map.<String, Object>of("id", "acme-bv", "name", "Acme B.V.", "type", "OTHER", "website", "https://acme.example/",
                    "aliases", List.of("ACME", "Acme Robotics"), "sources", List.of("a.txt#L1", "b.txt#L2"));

            var combined = FactRules.merged(EntityKind.PARTNER, kept, List.of(merged));

            assertThat(combined).containsEntry("name", "Acme").containsEntry("type", "COMPANY").containsEntry("website", "https://acme.example/")
                    .containsEntry("aliases", List.of("ACME", "Acme B.V.", "Acme Robotics", "acme-bv"))
                    .containsEntry("sources", List.of("a.txt#L1", "b.txt#L2"))
                    .containsEntry(NameKeys.PROPERTY, List.of("acme", "acme b v", "acme robotics", "acme bv"))
                    .doesNotContainKey("importHash");
        }
    }
}
