package org.ecosystemmap.graphql.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.ecosystemmap.graphql.cookbook.Cookbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * What a user relies on the bundled 2021 annual report to answer, each fact with the report's lines it rests on:
 * the cookbook's questions about connections and time, the chains between organisations with their costs, the
 * hub. A curator's fix to the report's CSV that changes one of these answers changes this test. How the queries
 * work is tested on the fixture ({@link org.ecosystemmap.graphql.FixtureGraphTest}); the GraphQL tests that still
 * load the report for that (their names say "on the 2021 annual report") are the next to move there.
 */
@DisplayName("The bundled 2021 annual report answers")
class BundledReportAcceptanceTest extends BundledGraphTest {

    @Test
    @DisplayName("what links Philips to TechGrounds: first through GDI and the Board's programmes, in words, never through a place")
    void rankedChains() {
        var response = answer("12-ranked-chains.graphql");
        // Philips is a GDI partner (L1423-1427), GDI an initiative of the Board (L1421-1423).
        response.path("ranked[0].because[0]").entity(String.class).isEqualTo("Philips takes part in Gezondheidsdata-infrastructuur");
        response.path("ranked[0].hops[*].type").entityList(String.class).satisfies(types -> assertThat(types).doesNotContain("LOCATED_IN"));
        response.path("withoutTheBoard[0].because[0]").entity(String.class).isEqualTo("Philips neemt deel aan Gezondheidsdata-infrastructuur");
    }

    @Test
    @DisplayName("which initiatives are connected: AMdEX and Inkopen met Impact through the Marineterrein")
    void initiativeNetwork() {
        // Marineterrein: an AMdEX use case (L117-119) and working with the Board on impact purchasing (L770-774).
        var links = answer("13-initiative-network.graphql").path("initiatives").entityList(Map.class).get();
        assertThat(links).anySatisfy(link -> {
            assertThat(List.of(name(link.get("a")), name(link.get("b")))).containsExactly("AMdEX", "Inkopen met Impact");
            assertThat(names(link.get("via"))).containsExactly("Marineterrein");
        });
    }

    @Test
    @DisplayName("what changed in 2021: the Network Council's eight new members and the five Board members who stepped down")
    void whatChanged() {
        var changes = answer("14-what-changed.graphql").path("changes").entityList(Map.class).get();
        // L2596-2600 and L2543-2547.
        assertThat(changes).filteredOn(c -> "JOINED".equals(c.get("what")) && "Network Council".equals(name(c.get("other"))))
                .extracting(c -> name(c.get("entity")))
                .containsExactlyInAnyOrder("Pantar", "Azerion", "BTG", "Ahold", "Penta Infra", "Patagonia", "Sanquin", "HPE");
        assertThat(changes).filteredOn(c -> "LEFT".equals(c.get("what")) && "Board member (stepped down)".equals(role(c)))
                .extracting(c -> name(c.get("entity")))
                .containsExactlyInAnyOrder("Henk Markerink", "Hans Bakker", "Barbara Baarsma", "Ernst Hoogenes", "Jeroen Tas");
    }

    @Test
    @DisplayName("whom Philips should meet: none of its GDI co-partners, each suggestion with its reasons; and the weighted brokers")
    void whomToMeet() {
        var response = answer("15-whom-to-meet.graphql");
        // GDI's partners and contributors (L1421-1429).
        response.path("suggestPartners[*].partner.name").entityList(String.class).satisfies(names -> assertThat(names).isNotEmpty()
                .doesNotContain("Amsterdam UMC", "Antoni van Leeuwenhoek", "OLVG", "UvA", "VU", "gemeente Amsterdam", "Health RI",
                        "AI Technology for People"));
        response.path("suggestPartners[0].reasons[0].sentence").entity(String.class).satisfies(s -> assertThat(s).startsWith("Philips "));
        response.path("brokers").entityList(Map.class).hasSize(5);
    }

    @Test
    @DisplayName("who takes part in both TOMAS and House of Skills, each directly: ASTA and Servicepunten Techniek; OLVG and Philips share GDI")
    void inBoth() {
        var response = answer("16-in-both.graphql");
        // L696-698 and L2330-2332 (ASTA); L682-688 and L2348-2352 (Servicepunten Techniek); L1423-1427 (GDI).
        response.path("directly[*].partner.name").entityList(String.class).containsExactly("ASTA", "Servicepunten Techniek");
        response.path("olvgAndPhilips[*].partner.name").entityList(String.class)
                .containsExactly("GDI-samenwerkingsverband", "Gezondheidsdata-infrastructuur");
    }

    @Nested
    @DisplayName("chains between organisations")
    class Chains {

        private static final String CHAIN = "cost length nodes { id } edges { from type to } hops { from type to meaning inferred cost }";

        @Test
        @DisplayName("from Philips to TechGrounds: the cheapest chain runs through working relationships, not through places")
        void philipsToTechGroundsWithoutGeography() {
            var paths = paths("{ paths(from: \"philips\", to: \"techgrounds\") { %s because } }".formatted(CHAIN));
            assertThat(paths).isNotEmpty();
            var best = paths.getFirst();
            assertThat(meanings(best)).doesNotContain("PLACE_CONTAINMENT", "LOCATION");
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
        }

        @Test
        @DisplayName("the geography chain shortestPaths found first costs far more: two places and an inferred place within a place")
        void geographyIsDear() {
            // Philips -> GDI -> located in Nederland <- Eindhoven lies within Nederland <- TechGrounds' planned location
            // (L1417-1421, L2092-2094). That Eindhoven lies within Nederland is general geography, recorded as
            // inferred, so it costs twice its meaning's 6: 1 + 4 + 12 + 4.
            var geography = paths("""
                    { paths(from: "philips", to: "techgrounds", types: ["PARTNER_IN", "LOCATED_IN", "PART_OF"], maxHops: 4, first: 20) { %s } }"""
                    .formatted(CHAIN)).stream()
                    .filter(p -> ids(p).equals(List.of("philips", "gezondheidsdata-infrastructuur", "nederland", "eindhoven", "techgrounds")))
                    .toList();
            assertThat(geography).singleElement().satisfies(p -> {
                assertThat(meanings(p)).containsExactly("WORKING", "LOCATION", "PLACE_CONTAINMENT", "LOCATION");
                assertThat(p.get("cost")).isEqualTo(21.0);
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

        private List<Map<String, Object>> paths(String query) {
            return graphQl.document(query).execute().errors().verify().path("paths").entityList(Map.class).get().stream()
                    .map(p -> (Map<String, Object>) p).toList();
        }
    }

    @Test
    @DisplayName("the only hub is the Board")
    void hubs() {
        graphQl.document("{ hubs { id } }").execute().path("hubs[*].id").entityList(String.class).containsExactly("amsterdam-economic-board");
    }

    private GraphQlTester.Traversable answer(String file) {
        var example = Cookbook.examples().stream().filter(e -> e.name().equals(file)).findFirst().orElseThrow();
        return graphQl.document(example.query()).execute().errors().verify();
    }

    private static String name(Object entity) {
        return entity == null ? null : (String) ((Map<?, ?>) entity).get("name");
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Object entities) {
        return ((List<Map<String, Object>>) entities).stream().map(e -> (String) e.get("name")).toList();
    }

    private static String role(Map<?, ?> change) {
        var relation = (Map<?, ?>) change.get("relation");
        return relation == null ? null : (String) relation.get("role");
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
}
