package org.ecosystemmap.graphql.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

@DisplayName("Networks folded by shared neighbours, on the 2021 annual report")
class CoParticipationTest extends BundledGraphTest {

    private static final String LINK = "a { id } b { id } weight via { id } edges { from type to } sources { lines }";

    @Test
    @DisplayName("links the report's initiatives through the organisations and coalitions that take part in both, each with them")
    void initiativesThroughSharedParticipants() {
        var links = links("{ coParticipation(kinds: [INITIATIVE], via: [PARTNER, COALITION]) { %s } }".formatted(LINK));
        // Marineterrein is a use case of AMdEX (L117-119) and works with the Board on impact purchasing (L770-774).
        assertThat(link(links, "amdex", "inkopen-met-impact")).satisfies(l -> assertThat(via(l)).containsExactly("marineterrein"));
        // Deloitte is active on AMdEX through its changemaker (L2888-2892); Deloitte and the Marineterrein joined
        // Amsterdam Smart City's network in 2021 (L1834-1836).
        assertThat(link(links, "amdex", "amsterdam-smart-city")).satisfies(l -> {
            assertThat(via(l)).containsExactlyInAnyOrder("deloitte", "marineterrein");
            assertThat(l.get("weight")).isEqualTo(2);
        });
        // OLVG and gemeente Amsterdam are two of GDI's seven partners (L1423-1427); OLVG is a pilot site of
        // Beschermende kleding voor de zorg (L945-951) and gemeente Amsterdam a partner of the Circular Fashion
        // Innovation Lab (L1013-1021), both sub-initiatives of Textile Loops.
        assertThat(link(links, "gezondheidsdata-infrastructuur", "textile-loops")).satisfies(l -> {
            assertThat(via(l)).containsExactlyInAnyOrder("gemeente-amsterdam", "olvg");
            assertThat(edges(l)).contains("olvg PARTNER_IN gezondheidsdata-infrastructuur", "olvg PARTNER_IN beschermende-kleding-voor-de-zorg",
                    "beschermende-kleding-voor-de-zorg PART_OF textile-loops", "gemeente-amsterdam PARTNER_IN circular-fashion-innovation-lab",
                    "circular-fashion-innovation-lab PART_OF textile-loops");
            assertThat((List<?>) l.get("sources")).isNotEmpty();
        });
        // AMdEX is a partner of the NL AI Coalitie (L1292-1294), which contributes to GDI (L1427-1431).
        assertThat(link(links, "amdex", "gezondheidsdata-infrastructuur")).satisfies(l -> assertThat(via(l)).containsExactly("nl-ai-coalitie"));
        assertThat(links).extracting(l -> (Integer) l.get("weight")).isSortedAccordingTo((x, y) -> y - x);
        assertThat(links).allSatisfy(l -> assertThat(via(l)).hasSize((Integer) l.get("weight")));
    }

    @Test
    @DisplayName("never links a part with its own whole, and without parts only counts those that take part in each directly")
    void partsAndWholes() {
        var links = links("{ coParticipation(kinds: [INITIATIVE], via: [PARTNER, COALITION]) { a { id } b { id } } }");
        assertThat(links).noneSatisfy(l -> assertThat(List.of(id(l, "a"), id(l, "b"))).containsExactlyInAnyOrder("house-of-skills", "tomas"));
        assertThat(links).noneSatisfy(l -> assertThat(List.of(id(l, "a"), id(l, "b"))).containsExactlyInAnyOrder("textile-loops",
                "beschermende-kleding-voor-de-zorg"));
        var direct = links("{ coParticipation(kinds: [INITIATIVE], via: [PARTNER, COALITION], throughParts: false) { %s } }".formatted(LINK));
        assertThat(find(direct, "gezondheidsdata-infrastructuur", "textile-loops")).isEmpty();
        // ASTA: TOMAS links with it (L696-698), House of Skills is involved through it (L2330-2332).
        assertThat(link(direct, "house-of-skills", "tomas")).satisfies(l -> assertThat(via(l)).contains("asta", "servicepunten-techniek"));
    }

    @Test
    @DisplayName("folds the other way too: organisations through the initiatives both take part in, with a minimum shared")
    void partnersThroughInitiatives() {
        var links = links("{ coParticipation(kinds: [PARTNER], via: [INITIATIVE], minShared: 2) { %s } }".formatted(LINK));
        assertThat(links).isNotEmpty().allSatisfy(l -> assertThat((Integer) l.get("weight")).isGreaterThanOrEqualTo(2));
        // OLVG and gemeente Amsterdam both take part in GDI (L1423-1427) and in Textile Loops through its parts.
        assertThat(link(links, "gemeente-amsterdam", "olvg")).satisfies(l -> assertThat(via(l))
                .contains("gezondheidsdata-infrastructuur", "textile-loops"));
    }

    @Test
    @DisplayName("refuses an empty list of kinds and a minimum below one")
    void refusesBadArguments() {
        expectBadRequest("{ coParticipation(kinds: [], via: [PARTNER]) { weight } }", "kinds and via must each name at least one kind");
        expectBadRequest("{ coParticipation(kinds: [INITIATIVE], via: [PARTNER], minShared: 0) { weight } }",
                "minShared must be between 1 and");
    }

    private List<Map<String, Object>> links(String query) {
        return graphQl.document(query).execute().errors().verify().path("coParticipation").entityList(Map.class).get().stream()
                .map(l -> (Map<String, Object>) l).toList();
    }

    private static Map<String, Object> link(List<Map<String, Object>> links, String a, String b) {
        return find(links, a, b).orElseThrow(() -> new AssertionError("no link between " + a + " and " + b));
    }

    private static java.util.Optional<Map<String, Object>> find(List<Map<String, Object>> links, String a, String b) {
        return links.stream().filter(l -> id(l, "a").equals(a) && id(l, "b").equals(b)).findFirst();
    }

    private static String id(Map<String, Object> link, String end) {
        return (String) ((Map<?, ?>) link.get(end)).get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<String> via(Map<String, Object> link) {
        return ((List<Map<String, Object>>) link.get("via")).stream().map(v -> (String) v.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> edges(Map<String, Object> link) {
        return ((List<Map<String, Object>>) link.get("edges")).stream().map(e -> e.get("from") + " " + e.get("type") + " " + e.get("to")).toList();
    }

    private void expectBadRequest(String query, String message) {
        graphQl.document(query).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains(message))
                .verify();
    }
}
