package org.ecosystemmap.graphql.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

@DisplayName("Ranked paths on the 2021 annual report")
class RankedPathsTest extends BundledGraphTest {

    private static final String CHAIN = "cost length nodes { id } edges { from type to } hops { from type to meaning inferred cost }";

    @Test
    @DisplayName("from Philips to TechGrounds: the cheapest chain runs through working relationships, not through places")
    void philipsToTechGroundsWithoutGeography() {
        var paths = paths("{ paths(from: \"philips\", to: \"techgrounds\") { %s because } }".formatted(CHAIN));
        assertThat(paths).isNotEmpty();
        var best = paths.getFirst();
        assertThat(meanings(best)).doesNotContain("PLACE_CONTAINMENT", "LOCATION");
        assertThat(types(best)).doesNotContain("LOCATED_IN");
        // The report's own chain: Philips is one of GDI's seven partners (L1423-1427), GDI is an initiative of
        // the Board (L1421-1423), TechConnect a Board programme (L46-50), TechGrounds part of it (L2000-2012).
        // By the weights table: takes part in 1, runs 1, runs 1, part of 1.5.
        assertThat(ids(best)).containsExactly("philips", "gezondheidsdata-infrastructuur", "amsterdam-economic-board", "techconnect",
                "techgrounds");
        assertThat(best.get("cost")).isEqualTo(4.5);
        assertThat(strings(best.get("because"))).containsExactly(
                "Philips takes part in Gezondheidsdata-infrastructuur",
                "Amsterdam Economic Board runs Gezondheidsdata-infrastructuur",
                "Amsterdam Economic Board runs TechConnect",
                "TechGrounds is part of TechConnect");
        assertThat(paths).extracting(p -> ((Number) p.get("cost")).doubleValue()).isSorted();
        assertThat(paths).allSatisfy(p -> {
            assertThat((List<?>) p.get("hops")).hasSize((Integer) p.get("length"));
            assertThat((List<?>) p.get("because")).hasSize((Integer) p.get("length"));
            assertThat(((Number) p.get("cost")).doubleValue()).isEqualTo(hopCosts(p));
        });
    }

    @Test
    @DisplayName("the geography chain shortestPaths found first costs far more: two places and an inferred place within a place")
    void geographyIsDear() {
        // Philips -> GDI -> located in Nederland <- Eindhoven lies within Nederland <- TechGrounds' planned location
        // (L1417-1421, L2092-2094): the four-hop chain the issue met first. That Eindhoven lies within Nederland is
        // general geography, recorded as inferred, so it costs twice its meaning's 6.
        var geography = paths("""
                { paths(from: "philips", to: "techgrounds", types: ["PARTNER_IN", "LOCATED_IN", "PART_OF"], maxHops: 4, first: 20) { %s } }"""
                .formatted(CHAIN)).stream()
                .filter(p -> ids(p).equals(List.of("philips", "gezondheidsdata-infrastructuur", "nederland", "eindhoven", "techgrounds")))
                .toList();
        assertThat(geography).singleElement().satisfies(p -> {
            assertThat(meanings(p)).containsExactly("WORKING", "LOCATION", "PLACE_CONTAINMENT", "LOCATION");
            assertThat(p.get("cost")).isEqualTo(1.0 + 4.0 + 2 * 6.0 + 4.0);
        });
    }

    @Test
    @DisplayName("without the Board, the report's chain through AMdEX and Deloitte, each hop in Dutch when asked")
    void withoutHubsInDutch() {
        var paths = paths("{ paths(from: \"philips\", to: \"techgrounds\", excludeHubs: true) { %s because(lang: NL) } }".formatted(CHAIN));
        assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(ids(p)).doesNotContain("amsterdam-economic-board"));
        // GDI is AMdEX's planned test case (L1232-1238), Deloitte is active on AMdEX through its changemaker
        // (L2888-2892, inferred) and employs TechGrounds participants (L2094-2100).
        assertThat(paths).anySatisfy(p -> {
            assertThat(ids(p)).containsExactly("philips", "gezondheidsdata-infrastructuur", "amdex", "deloitte", "techgrounds");
            assertThat(strings(p.get("because"))).containsExactly(
                    "Philips neemt deel aan Gezondheidsdata-infrastructuur",
                    "AMdEX is verbonden met Gezondheidsdata-infrastructuur",
                    "Deloitte neemt deel aan AMdEX (afgeleid)",
                    "Deloitte neemt deel aan TechGrounds");
        });
    }

    @Test
    @DisplayName("as of 2021 leave out OLVG's pilots, which start in 2022; within maxHops; the first n")
    void yearsHopsAndCount() {
        var query = "{ paths(from: \"olvg\", to: \"cordaan\", asOf: %s, first: 3) { nodes { id } } }";
        assertThat(paths(query.formatted("\"2022-06-30\""))).anySatisfy(p -> assertThat(ids(p)).contains("pilots-beschermende-kleding"));
        assertThat(paths(query.formatted("2021"))).allSatisfy(p -> assertThat(ids(p)).doesNotContain("pilots-beschermende-kleding"));
        assertThat(paths("{ paths(from: \"philips\", to: \"techgrounds\", maxHops: 3) { length } }")).isEmpty();
        assertThat(paths("{ paths(from: \"philips\", to: \"techgrounds\", first: 2) { length } }")).hasSize(2);
    }

    @Test
    @DisplayName("refuses too many chains, an unknown id, an unknown type and a chain to itself, saying why")
    void refusesBadArguments() {
        expectBadRequest("{ paths(from: \"philips\", to: \"techgrounds\", first: 21) { cost } }", "first must be between 1 and 20, not 21");
        expectBadRequest("{ paths(from: \"philips\", to: \"nowhere\") { cost } }", "no entity has the id \"nowhere\"");
        expectBadRequest("{ paths(from: \"philips\", to: \"techgrounds\", types: [\"KNOWS\"]) { cost } }", "unknown relationship type \"KNOWS\"");
        expectBadRequest("{ paths(from: \"philips\", to: \"philips\") { cost } }", "must be different");
        graphQl.document("{ paths(from: \"philips\", to: \"techgrounds\", asOf: \"2021-13\") { cost } }").execute().errors()
                .expect(e -> e.getMessage().contains("not a date")).verify();
    }

    private List<Map<String, Object>> paths(String query) {
        return graphQl.document(query).execute().errors().verify().path("paths").entityList(Map.class).get().stream()
                .map(p -> (Map<String, Object>) p).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> path) {
        return ((List<Map<String, Object>>) path.get("nodes")).stream().map(n -> (String) n.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> meanings(Map<String, Object> path) {
        return ((List<Map<String, Object>>) path.get("hops")).stream().map(h -> (String) h.get("meaning")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> types(Map<String, Object> path) {
        return ((List<Map<String, Object>>) path.get("edges")).stream().map(h -> (String) h.get("type")).toList();
    }

    @SuppressWarnings("unchecked")
    private static double hopCosts(Map<String, Object> path) {
        return ((List<Map<String, Object>>) path.get("hops")).stream().mapToDouble(h -> ((Number) h.get("cost")).doubleValue()).sum();
    }

    private void expectBadRequest(String query, String message) {
        graphQl.document(query).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains(message))
                .verify();
    }
}
