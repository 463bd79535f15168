package org.ecosystemmap.graphql.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a curator may write: the rule book's rules, refused with the argument they concern and nothing written. */
@DisplayName("A curator's change")
class CuratedFactsTest {

    private static final Principal CURATOR = () -> "curator";
    private final CurationController curation = new CurationController(TestNeo4j.graph());

    @BeforeEach
    void threeInitiatives() {
        TestNeo4j.clear();
        for (var id : List.of("a", "b", "c")) {
            curation.upsertEntity(initiative(id, null), CURATOR);
        }
    }

    @AfterAll
    static void clear() {
        TestNeo4j.clear();
    }

    private static EntityInput initiative(String id, String website) {
        return new EntityInput(id, EntityKind.INITIATIVE, "Initiative " + id, null, null, null, null, null, "PROGRAMME", null, website,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static EntityInput partner(String name, String description) {
        return new EntityInput("acme", EntityKind.PARTNER, name, null, description, null, null, null, "COMPANY", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static RelationInput link(String from, String type, String to) {
        return new RelationInput(from, type, to, null, null, null, null, null, null);
    }

    /** Asserts that the change is refused with a message holding {@code expected}, and that the graph is as before. */
    private void refused(Runnable change, String... expected) {
        var before = GraphDump.of(TestNeo4j.graph());
        assertThatThrownBy(change::run).isInstanceOf(BadRequestException.class).message().contains(expected);
        assertThat(GraphDump.of(TestNeo4j.graph())).isEqualTo(before);
    }

    @Nested
    @DisplayName("derives what an import derives")
    class Derived {

        @Test
        @DisplayName("an event's year from its date")
        void eventYear() {
            var event = new EntityInput("launch", EntityKind.EVENT, "Launch", null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, "2021-10", null, null);
            assertThat(curation.upsertEntity(event, CURATOR).properties()).containsEntry("year", 2021L);
        }
    }

    @Nested
    @DisplayName("is refused")
    class Refused {

        @Test
        @DisplayName("with an address that is not http(s), or one that could break out of a link")
        void addresses() {
            refused(() -> curation.upsertEntity(initiative("a", "javascript:alert(document.cookie)"), CURATOR),
                    "input.website: \"javascript:alert(document.cookie)\" is not a web address");
            refused(() -> curation.upsertEntity(initiative("a", "https://example.org/\"onmouseover=\"alert(1)"), CURATOR),
                    "input.website:");
        }

        @Test
        @DisplayName("with a control character in a text, or a line break in a one-line text")
        void controlCharacters() {
            refused(() -> curation.upsertEntity(partner("Ac\u0000me", null), CURATOR), "input.name: the text holds the control character U+0000");
            refused(() -> curation.upsertEntity(partner("Ac\tme", null), CURATOR), "input.name: the text holds a tab at character 3");
            refused(() -> curation.upsertEntity(partner("Acme", "one\u001b[31m"), CURATOR), "input.description: the text holds the control character U+001B");
            assertThat(curation.upsertEntity(partner("Acme", "Line one.\nLine two."), CURATOR).description()).isEqualTo("Line one.\nLine two.");
        }

        @Test
        @DisplayName("with a negative size, attendance or amount")
        void negativeNumbers() {
            var coalition = new EntityInput("club", EntityKind.COALITION, "Club", null, null, null, null, null, "COALITION", null, null,
                    null, null, null, -5, null, null, null, null, null, null, null, null, null, null, null);
            refused(() -> curation.upsertEntity(coalition, CURATOR), "input.size: -5 is negative");
            var funding = new EntityInput("fund", EntityKind.FUNDING, "Fund", null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, -82000.0, null, "GRANTED", null, null, null);
            refused(() -> curation.upsertEntity(funding, CURATOR), "input.amount: -82000.0 is negative");
        }

        @Test
        @DisplayName("when a relationship joins an entity to itself")
        void selfLoops() {
            refused(() -> curation.link(link("a", "CONNECTED_TO", "a"), CURATOR), "a -CONNECTED_TO-> a joins an entity to itself");
            refused(() -> curation.link(link("a", "PART_OF", "a"), CURATOR), "a -PART_OF-> a joins an entity to itself");
        }

        @Test
        @DisplayName("when PART_OF would run in a circle through the graph")
        void partOfCycles() {
            curation.link(link("a", "PART_OF", "b"), CURATOR);
            curation.link(link("b", "PART_OF", "c"), CURATOR);
            refused(() -> curation.link(link("c", "PART_OF", "a"), CURATOR), "PART_OF runs in a circle: c -PART_OF-> a -PART_OF-> b -PART_OF-> c");
            assertThat(curation.link(link("c", "CONNECTED_TO", "a"), CURATOR).type()).isEqualTo("CONNECTED_TO");
        }

        @Test
        @DisplayName("with an unknown relationship type, in the words every writer uses")
        void unknownType() {
            refused(() -> curation.link(link("a", "PART_OFF", "b"), CURATOR),
                    "unknown relationship type \"PART_OFF\"; allowed: PARTNER_IN, MEMBER_OF, PART_OF", "did you mean \"PART_OF\"?");
            refused(() -> curation.unlink("a", "LIKES", "b", CURATOR), "unknown relationship type \"LIKES\"");
        }
    }

    @Test
    @DisplayName("stores a relationship's properties as checked")
    void storesChecked() {
        var relation = curation.link(new RelationInput("a", "PART_OF", "b", "track", 2020, 2022, null, "Quote\nover two lines", true), CURATOR);
        assertThat(TestNeo4j.graph().queryOne("MATCH (:Entity {id: 'a'})-[r:PART_OF]->(:Entity {id: 'b'}) RETURN properties(r) AS p",
                Map.of(), r -> r.get("p").asMap())).hasValueSatisfying(p -> assertThat(p)
                .containsEntry("role", "track").containsEntry("since", 2020L).containsEntry("until", 2022L)
                .containsEntry("quote", "Quote\nover two lines").containsEntry("inferred", true).containsEntry("dataset", "curation"));
        assertThat(relation.type()).isEqualTo("PART_OF");
    }
}
