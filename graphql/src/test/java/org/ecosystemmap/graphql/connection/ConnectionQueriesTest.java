package org.ecosystemmap.graphql.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

@DisplayName("The connection queries on the 2021 annual report")
class ConnectionQueriesTest extends BundledGraphTest {

    private static final String WORKING_RELATIONSHIPS = "[\"PARTNER_IN\", \"MEMBER_OF\", \"PART_OF\", \"RUNS\", \"FUNDS\", \"CONNECTED_TO\"]";

    @Nested
    @DisplayName("neighbourhood")
    class Neighbourhood {

        @Test
        @DisplayName("holds OLVG, what it is directly connected to, and every relationship between them")
        void holdsDirectNeighboursAndTheirRelationships() {
            var response = graphQl.document("""
                    { neighbourhood(id: "olvg") { truncated nodes { id } edges { from type to role since sources { lines } } } }""")
                    .execute();
            response.path("neighbourhood.nodes[*].id").entityList(String.class).containsExactly("olvg",
                    "beschermende-kleding-voor-de-zorg", "gdi-samenwerkingsverband", "gezondheidsdata-infrastructuur",
                    "pilots-beschermende-kleding");
            response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
            response.path("neighbourhood.edges").entityList(Map.class).satisfies(edges -> {
                assertThat(edges).extracting(e -> e.get("from") + " " + e.get("type") + " " + e.get("to")).containsExactly(
                        "gdi-samenwerkingsverband PART_OF gezondheidsdata-infrastructuur",
                        "olvg MEMBER_OF gdi-samenwerkingsverband",
                        "olvg PARTNER_IN beschermende-kleding-voor-de-zorg",
                        "olvg PARTNER_IN gezondheidsdata-infrastructuur",
                        "olvg PARTNER_IN pilots-beschermende-kleding",
                        "pilots-beschermende-kleding PART_OF beschermende-kleding-voor-de-zorg");
                assertThat(edges).allSatisfy(e -> assertThat((List<?>) e.get("sources")).isNotEmpty());
            });
        }

        @Test
        @DisplayName("keeps the nearest entities up to the limit, the centre first, and says it left some out")
        void truncatesAtTheLimit() {
            var response = graphQl.document("{ neighbourhood(id: \"olvg\", depth: 2, limit: 3) { truncated nodes { id } edges { from to } } }")
                    .execute();
            response.path("neighbourhood.nodes[*].id").entityList(String.class)
                    .containsExactly("olvg", "beschermende-kleding-voor-de-zorg", "gdi-samenwerkingsverband");
            response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
            response.path("neighbourhood.edges[*].to").entityList(String.class).satisfies(ends -> assertThat(ends)
                    .containsOnly("beschermende-kleding-voor-de-zorg", "gdi-samenwerkingsverband"));
        }

        @Test
        @DisplayName("follows only the types, kinds and entities allowed")
        void followsOnlyWhatIsAllowed() {
            var nodes = graphQl.document("""
                    { neighbourhood(id: "olvg", depth: 3, types: ["PARTNER_IN", "PART_OF"], kinds: [PARTNER, INITIATIVE],
                                    excludeIds: ["gezondheidsdata-infrastructuur"], limit: 1000) { nodes { id kind } } }""")
                    .execute().path("neighbourhood.nodes").entityList(Map.class).get();
            assertThat(nodes).extracting(n -> n.get("kind")).containsOnly("PARTNER", "INITIATIVE");
            assertThat(nodes).extracting(n -> n.get("id"))
                    .contains("olvg", "pilots-beschermende-kleding", "textile-loops", "cordaan", "reade")
                    .doesNotContain("gezondheidsdata-infrastructuur", "gdi-samenwerkingsverband", "philips");
        }

        @Test
        @DisplayName("as of 2021 leaves out OLVG's pilot, which starts in 2022")
        void leavesOutRelationshipsNotYetStarted() {
            var response = graphQl.document("{ neighbourhood(id: \"olvg\", asOf: 2021) { nodes { id } edges { since } } }").execute();
            response.path("neighbourhood.nodes[*].id").entityList(String.class).doesNotContain("pilots-beschermende-kleding").hasSize(4);
            response.path("neighbourhood.edges[*].since").entityList(Object.class).hasSize(4);
            graphQl.document("{ neighbourhood(id: \"olvg\", asOf: 2022) { nodes { id } } }").execute()
                    .path("neighbourhood.nodes[*].id").entityList(String.class).contains("pilots-beschermende-kleding");
        }

        @Test
        @DisplayName("refuses a depth above 4, a limit above 1000 and an unknown id, saying why")
        void refusesWhatIsOutOfBounds() {
            expectBadRequest("{ neighbourhood(id: \"olvg\", depth: 5) { truncated } }", "depth must be between 1 and 4, not 5");
            expectBadRequest("{ neighbourhood(id: \"olvg\", limit: 1001) { truncated } }", "limit must be between 1 and 1000, not 1001");
            expectBadRequest("{ neighbourhood(id: \"no-such-thing\") { truncated } }", "no entity has the id \"no-such-thing\"");
            expectBadRequest("{ neighbourhood(id: \"olvg\", types: [\"KNOWS\"]) { truncated } }", "unknown relationship type \"KNOWS\"");
        }
    }

    @Nested
    @DisplayName("shortestPaths")
    class ShortestPaths {

        @Test
        @DisplayName("finds the shortest chain from Philips to TechGrounds: four relationships")
        void findsPhilipsToTechGrounds() {
            var path = graphQl.document("""
                    { shortestPaths(from: "philips", to: "techgrounds") { length nodes { id } edges { from to type } } }""")
                    .execute().path("shortestPaths").entityList(Map.class).hasSize(1).get().getFirst();
            assertThat(path.get("length")).isEqualTo(4);
            assertChain(path, "philips", "techgrounds");
        }

        @Test
        @DisplayName("lists every shortest chain in a stable order; one runs through the Board")
        void listsAllShortestChains() {
            var query = "{ shortestPaths(from: \"philips\", to: \"techgrounds\", all: true) { length nodes { id } edges { from to type } } }";
            var paths = graphQl.document(query).execute().path("shortestPaths").entityList(Map.class).get();
            assertThat(paths).hasSize(5).allSatisfy(p -> {
                assertThat(p.get("length")).isEqualTo(4);
                assertChain(p, "philips", "techgrounds");
            });
            assertThat(paths).anySatisfy(p -> assertThat(ids(p)).contains("amsterdam-economic-board"));
            assertThat(graphQl.document(query).execute().path("shortestPaths").entityList(Map.class).get()).isEqualTo(paths);
        }

        @Test
        @DisplayName("without hubs and through working relationships only: through GDI, AMdEX and Deloitte")
        void avoidsHubs() {
            graphQl.document("{ shortestPaths(from: \"philips\", to: \"techgrounds\", all: true, excludeHubs: true) { nodes { id } } }")
                    .execute().path("shortestPaths[*].nodes[*].id").entityList(String.class).doesNotContain("amsterdam-economic-board");
            var paths = graphQl.document("{ shortestPaths(from: \"philips\", to: \"techgrounds\", all: true, excludeHubs: true, types: "
                    + WORKING_RELATIONSHIPS + ") { nodes { id } edges { role } } }").execute().path("shortestPaths").entityList(Map.class).get();
            assertThat(paths).singleElement().satisfies(p -> assertThat(ids(p))
                    .containsExactly("philips", "gezondheidsdata-infrastructuur", "amdex", "deloitte", "techgrounds"));
        }

        @Test
        @DisplayName("avoids excluded entities and finds nothing beyond maxHops")
        void respectsExclusionsAndMaxHops() {
            graphQl.document("{ shortestPaths(from: \"philips\", to: \"techgrounds\", maxHops: 3) { length } }").execute()
                    .path("shortestPaths").entityList(Object.class).hasSize(0);
            graphQl.document("{ shortestPaths(from: \"philips\", to: \"techgrounds\", excludeIds: [\"gezondheidsdata-infrastructuur\"], all: true) "
                    + "{ nodes { id } } }").execute()
                    .path("shortestPaths[*].nodes[*].id").entityList(String.class).doesNotContain("gezondheidsdata-infrastructuur");
        }

        @Test
        @DisplayName("refuses too many hops and a chain from an entity to itself")
        void refusesBadArguments() {
            expectBadRequest("{ shortestPaths(from: \"philips\", to: \"techgrounds\", maxHops: 11) { length } }",
                    "maxHops must be between 1 and 10, not 11");
            expectBadRequest("{ shortestPaths(from: \"philips\", to: \"philips\") { length } }", "must be different");
        }

        @SuppressWarnings("unchecked")
        private static List<String> ids(Map<?, ?> path) {
            return ((List<Map<String, Object>>) path.get("nodes")).stream().map(n -> (String) n.get("id")).toList();
        }

        /** The nodes run from start to end, and each edge joins two consecutive nodes, either way round. */
        @SuppressWarnings("unchecked")
        private static void assertChain(Map<?, ?> path, String start, String end) {
            var ids = ids(path);
            assertThat(ids).startsWith(start).endsWith(end).doesNotHaveDuplicates();
            var edges = (List<Map<String, Object>>) path.get("edges");
            assertThat(edges).hasSize(ids.size() - 1);
            for (int i = 0; i < edges.size(); i++) {
                assertThat(List.of(edges.get(i).get("from"), edges.get(i).get("to"))).containsExactlyInAnyOrder(ids.get(i), ids.get(i + 1));
            }
        }
    }

    @Nested
    @DisplayName("sharedPartners")
    class SharedPartners {

        @Test
        @DisplayName("of Gezondheidsdata-infrastructuur and Textile Loops are OLVG and Gemeente Amsterdam, through sub-initiatives")
        void ofGdiAndTextileLoops() {
            var shared = graphQl.document("""
                    { sharedPartners(ids: ["gezondheidsdata-infrastructuur", "textile-loops"]) {
                        partner { id } via { from type to } } }""").execute().path("sharedPartners").entityList(Map.class).get();
            assertThat(shared).extracting(s -> id(s.get("partner"))).containsExactly("olvg", "gemeente-amsterdam");
            assertThat(edges(shared.getFirst())).contains(
                    "olvg PARTNER_IN gezondheidsdata-infrastructuur",
                    "olvg PARTNER_IN beschermende-kleding-voor-de-zorg",
                    "beschermende-kleding-voor-de-zorg PART_OF textile-loops");
            assertThat(edges(shared.getLast())).contains(
                    "gemeente-amsterdam PARTNER_IN circular-fashion-innovation-lab",
                    "circular-fashion-innovation-lab PART_OF textile-loops");
        }

        @Test
        @DisplayName("of AMdEX, Inkopen met Impact and Amsterdam Smart City is the Marineterrein")
        void ofAmdexImiAndAsc() {
            graphQl.document("{ sharedPartners(ids: [\"amdex\", \"inkopen-met-impact\", \"amsterdam-smart-city\"]) { partner { id } } }")
                    .execute().path("sharedPartners[*].partner.id").entityList(String.class).containsExactly("marineterrein");
        }

        @Test
        @DisplayName("include the Board only when running counts: it runs all three")
        void includeTheBoardOnlyWhenAskedFor() {
            graphQl.document("""
                    { sharedPartners(ids: ["amdex", "inkopen-met-impact", "amsterdam-smart-city"], types: ["PARTNER_IN", "RUNS"]) {
                        partner { id } } }""")
                    .execute().path("sharedPartners[*].partner.id").entityList(String.class)
                    .containsExactly("amsterdam-economic-board", "marineterrein");
        }

        @Test
        @DisplayName("as of 2021 keep OLVG, without its pilot that starts in 2022")
        void asOfAYear() {
            var shared = graphQl.document("""
                    { sharedPartners(ids: ["gezondheidsdata-infrastructuur", "textile-loops"], asOf: 2021) {
                        partner { id } via { from type to } } }""").execute().path("sharedPartners").entityList(Map.class).get();
            assertThat(edges(shared.getFirst())).doesNotContain("olvg PARTNER_IN pilots-beschermende-kleding")
                    .contains("olvg PARTNER_IN beschermende-kleding-voor-de-zorg");
        }

        @Test
        @DisplayName("of TOMAS and House of Skills, each directly, are exactly ASTA and Servicepunten Techniek, coalitions both")
        void ofTomasAndHouseOfSkillsDirectly() {
            // TOMAS: "links met ASTA" (L696-698), "servicepunten techniek (SPTs)" brought to their attention (L682-688).
            // House of Skills: "via ASTA betrokken" (L2330-2332), "een adviserende of sturende rol in de diverse
            // Servicepunten Techniek" (L2348-2352).
            var shared = graphQl.document("""
                    { sharedPartners(ids: ["tomas", "house-of-skills"], throughParts: false) { partner { id kind } via { from type to } } }""")
                    .execute().path("sharedPartners").entityList(Map.class).get();
            assertThat(shared).extracting(s -> id(s.get("partner"))).containsExactly("asta", "servicepunten-techniek");
            assertThat(shared).extracting(s -> (Object) ((Map<?, ?>) s.get("partner")).get("kind")).containsOnly("COALITION");
            assertThat(edges(shared.getFirst())).containsExactlyInAnyOrder("tomas CONNECTED_TO asta", "house-of-skills CONNECTED_TO asta");
        }

        @Test
        @DisplayName("of TOMAS and House of Skills through parts add the HvA, but not what is only in House of Skills, part of TOMAS as it is")
        void ofTomasAndHouseOfSkillsThroughParts() {
            // The HvA is in TOMAS's consortium (L629-635) and provides House of Skills' orientation programme (L2304-2310);
            // Tetrix, Bouwmensen and IWNH work with House of Skills through ASTA only (L2330-2338).
            graphQl.document("{ sharedPartners(ids: [\"tomas\", \"house-of-skills\"]) { partner { id } } }").execute()
                    .path("sharedPartners[*].partner.id").entityList(String.class)
                    .satisfies(ids -> assertThat(ids).contains("asta", "servicepunten-techniek", "hogeschool-van-amsterdam")
                            .doesNotContain("tetrix", "bouwmensen", "iwnh"));
        }

        @Test
        @DisplayName("count people and coalitions where they take part: Deloitte and its changemaker on AMdEX and Tada")
        void peopleTakePart() {
            // "Hilary Richters van Deloitte over AMdEX en Tada" (L2888-2892).
            graphQl.document("{ sharedPartners(ids: [\"amdex\", \"tada\"]) { partner { id kind } } }").execute()
                    .path("sharedPartners[*].partner.id").entityList(String.class).containsExactly("deloitte", "hilary-richters");
        }

        @Test
        @DisplayName("of two organisations are what both take part in: OLVG and Philips share GDI and its partnership")
        void ofTwoOrganisations() {
            // Both are among GDI's seven partners (L1423-1427).
            var shared = graphQl.document("""
                    { sharedPartners(ids: ["olvg", "philips"]) { partner { id } via { from type to } } }""")
                    .execute().path("sharedPartners").entityList(Map.class).get();
            assertThat(shared).extracting(s -> id(s.get("partner"))).containsExactly("gdi-samenwerkingsverband", "gezondheidsdata-infrastructuur");
            assertThat(edges(shared.getLast())).contains("olvg PARTNER_IN gezondheidsdata-infrastructuur", "philips PARTNER_IN gezondheidsdata-infrastructuur");
        }

        @Test
        @DisplayName("need two to ten entities")
        void needTwoToTen() {
            expectBadRequest("{ sharedPartners(ids: [\"amdex\", \"amdex\"]) { partner { id } } }", "between 2 and 10 different entities, not 1");
        }

        @SuppressWarnings("unchecked")
        private static List<String> edges(Map<?, ?> shared) {
            return ((List<Map<String, Object>>) shared.get("via")).stream().map(e -> e.get("from") + " " + e.get("type") + " " + e.get("to")).toList();
        }
    }

    @Test
    @DisplayName("commonGround of OLVG and Philips is the GDI and its partnership, with each one's role")
    void commonGround() {
        var common = graphQl.document("""
                { commonGround(a: "olvg", b: "philips") { entity { id } withA { from type to role } withB { from type to role } } }""")
                .execute().path("commonGround").entityList(Map.class).get();
        assertThat(common).extracting(c -> id(c.get("entity")))
                .containsExactly("gdi-samenwerkingsverband", "gezondheidsdata-infrastructuur");
        assertThat(common.getLast().get("withB")).isEqualTo(List.of(Map.of("from", "philips", "type", "PARTNER_IN",
                "to", "gezondheidsdata-infrastructuur", "role", "GDI partner (one of seven)")));
    }

    @Test
    @DisplayName("commonGround of TOMAS and House of Skills says most first: the coalitions both work with before a theme or place")
    void commonGroundByMeaning() {
        // Both link with ASTA (L696-698, L2330-2332) and Servicepunten Techniek (L682-688, L2348-2352): other links, 2 + 2.
        // Both are run by the Board (1 + 1), both are about Leven Lang Ontwikkelen (5 + 5), both cover the MRA (4 + 4).
        var common = graphQl.document("{ commonGround(a: \"tomas\", b: \"house-of-skills\") { cost entity { id } } }").execute()
                .path("commonGround").entityList(Map.class).get();
        assertThat(common).extracting(c -> id(c.get("entity"))).startsWith("amsterdam-economic-board", "asta", "servicepunten-techniek")
                .contains("mra", "leven-lang-ontwikkelen");
        assertThat(common).extracting(c -> ((Number) c.get("cost")).doubleValue()).isSorted();
        assertThat(common.getFirst().get("cost")).isEqualTo(2.0);
        assertThat(common).filteredOn(c -> "mra".equals(id(c.get("entity")))).singleElement()
                .satisfies(c -> assertThat(c.get("cost")).isEqualTo(8.0));
    }

    private static String id(Object entity) {
        return (String) ((Map<?, ?>) entity).get("id");
    }

    private void expectBadRequest(String query, String message) {
        graphQl.document(query).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains(message))
                .verify();
    }
}
