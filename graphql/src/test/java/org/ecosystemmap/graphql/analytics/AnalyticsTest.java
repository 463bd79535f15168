package org.ecosystemmap.graphql.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Network analytics on the 2021 annual report")
class AnalyticsTest extends BundledGraphTest {

    @Nested
    @DisplayName("brokers")
    class Brokers {

        @Test
        @DisplayName("rank by betweenness, the Board first, the same twice")
        void areStable() {
            var query = "{ brokers(first: 30) { rank score entity { id } } }";
            var first = graphQl.document(query).execute().path("brokers").entityList(Map.class).get();
            var second = graphQl.document(query).execute().path("brokers").entityList(Map.class).get();
            assertThat(second).isEqualTo(first);
            assertThat(first).hasSize(30);
            assertThat(first.getFirst()).containsEntry("rank", 1).containsEntry("entity", Map.of("id", "amsterdam-economic-board"));
            assertThat(((Number) first.getFirst().get("score")).doubleValue()).isBetween(0.0, 1.0);
            assertThat(first).extracting(r -> ((Number) r.get("score")).doubleValue()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            assertThat(first).extracting(r -> (Integer) r.get("rank")).isSorted();
        }

        @Test
        @DisplayName("by PageRank keep to the kinds asked for")
        void keepToKinds() {
            graphQl.document("{ brokers(metric: PAGERANK, kinds: [COALITION], first: 5) { entity { kind } } }").execute()
                    .path("brokers[*].entity.kind").entityList(String.class).hasSize(5)
                    .satisfies(kinds -> assertThat(kinds).containsOnly("COALITION"));
        }
    }

    @Nested
    @DisplayName("brokers by weight and by year")
    class BrokersByWeightAndYear {

        @Test
        @DisplayName("weighted degree counts a working relationship as a whole one and a theme as a fifth")
        void weightedDegree() {
            // Philips takes part in GDI and is a member of its partnership (L1423-1427): two working relationships, cost 1 each.
            graphQl.document("{ brokers(metric: DEGREE, weighted: true, kinds: [PARTNER], first: 100) { score entity { id } } }").execute()
                    .path("brokers").entityList(Map.class).satisfies(ranked -> assertThat(ranked)
                            .filteredOn(r -> "philips".equals(id(r.get("entity")))).singleElement()
                            .satisfies(r -> assertThat(((Number) r.get("score")).doubleValue()).isEqualTo(2.0)));
        }

        @Test
        @DisplayName("weighted, the Board still brokers most, with a score of its own; and as of a year, only that year's relationships count")
        void weightedAndByYear() {
            var plain = graphQl.document("{ brokers(first: 5) { score entity { id } } }").execute().path("brokers").entityList(Map.class).get();
            var weighted = graphQl.document("{ brokers(first: 5, weighted: true) { score entity { id } } }").execute()
                    .path("brokers").entityList(Map.class).get();
            assertThat(id(weighted.getFirst().get("entity"))).isEqualTo("amsterdam-economic-board");
            assertThat(weighted).isNotEqualTo(plain);
            // Five Board members stepped down in 2021 (L2543-2547) and six joined (L2533-2539): as of 2020 the Board
            // has the leavers but not the joiners, so a different number of neighbours.
            var degree = "{ brokers(metric: DEGREE, kinds: [PARTNER], first: 1, asOf: %s) { score entity { id } } }";
            double in2020 = graphQl.document(degree.formatted("2020")).execute().path("brokers[0].score").entity(Double.class).get();
            double in2022 = graphQl.document(degree.formatted("\"2022-01-01\"")).execute().path("brokers[0].score").entity(Double.class).get();
            assertThat(in2020).isNotEqualTo(in2022);
        }

        @Test
        @DisplayName("communities as of a year keep only that year's relationships")
        void communitiesByYear() {
            graphQl.document("{ communities(minSize: 5, asOf: 2021) { size members { id } } }").execute().errors().verify()
                    .path("communities").entityList(Map.class).satisfies(c -> assertThat(c).isNotEmpty());
        }
    }

    @Nested
    @DisplayName("suggestPartners")
    class SuggestPartners {

        @Test
        @DisplayName("for Philips: none of its GDI co-partners, each suggestion with the shared neighbours and the weights behind it")
        void forPhilips() {
            var suggestions = graphQl.document("""
                    { suggestPartners(id: "philips") { score partner { id } because { id }
                        reasons { via { id } contribution links { from type to meaning cost } sentence sentenceNl: sentence(lang: NL) } } }""")
                    .execute().errors().verify().path("suggestPartners").entityList(Map.class).get();
            assertThat(suggestions).isNotEmpty();
            // "De GDI is een initiatief van de Board en heeft zeven partners: Amsterdam UMC, Antoni van Leeuwenhoek, OLVG,
            // Philips, UvA, de VU en de gemeente Amsterdam. Ook Health RI, NLAIC en AI Technology for People dragen bij." (L1421-1429)
            assertThat(suggestions).extracting(s -> id(s.get("partner"))).doesNotContain("amsterdam-umc", "antoni-van-leeuwenhoek", "olvg",
                    "universiteit-van-amsterdam", "vrije-universiteit", "gemeente-amsterdam", "health-ri", "ai-technology-for-people",
                    "amsterdam-economic-board");
            assertThat(suggestions).allSatisfy(s -> {
                @SuppressWarnings("unchecked")
                var reasons = (List<Map<String, Object>>) s.get("reasons");
                assertThat(reasons).isNotEmpty();
                assertThat(reasons).extracting(r -> (Object) id(r.get("via"))).containsExactlyElementsOf(ids(s.get("because")));
                assertThat(reasons).allSatisfy(r -> {
                    @SuppressWarnings("unchecked")
                    var links = (List<Map<String, Object>>) r.get("links");
                    assertThat(links).hasSizeGreaterThanOrEqualTo(2).allSatisfy(l -> assertThat(((Number) l.get("cost")).doubleValue()).isPositive());
                    assertThat(List.of(links.getFirst().get("from"), links.getFirst().get("to"))).contains("philips");
                    assertThat(List.of(links.getLast().get("from"), links.getLast().get("to"))).contains(id(s.get("partner")));
                    assertThat(links).noneSatisfy(l -> assertThat(l.get("meaning")).isEqualTo("MENTION"));
                    assertThat((String) r.get("sentence")).startsWith("Philips takes part in").contains("; ");
                    assertThat((String) r.get("sentenceNl")).startsWith("Philips neemt deel aan");
                });
                assertThat(((Number) s.get("score")).doubleValue()).isCloseTo(
                        reasons.stream().mapToDouble(r -> ((Number) r.get("contribution")).doubleValue()).sum(), offset(1e-6));
            });
            assertThat(suggestions).extracting(s -> ((Number) s.get("score")).doubleValue()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }

        @Test
        @DisplayName("for OLVG: never Cordaan and Reade, who are pilot sites with it already, nor its GDI co-partners")
        void forOlvg() {
            // "pilots bij OLVG, Reade en Cordaan" (L945-951); GDI's partners (L1423-1427).
            graphQl.document("{ suggestPartners(id: \"olvg\") { partner { id } } }").execute()
                    .path("suggestPartners[*].partner.id").entityList(String.class).get()
                    .forEach(id -> assertThat(id).isNotIn("cordaan", "reade", "philips", "amsterdam-umc", "gemeente-amsterdam"));
        }

        @Test
        @DisplayName("for Textile Loops: organisations it does not work with yet, never explained by the Board")
        void forTextileLoops() {
            var suggestions = graphQl.document("{ suggestPartners(id: \"textile-loops\") { partner { id } because { id } } }").execute()
                    .path("suggestPartners").entityList(Map.class).get();
            assertThat(suggestions).isNotEmpty().allSatisfy(s -> assertThat(ids(s.get("because"))).isNotEmpty()
                    .doesNotContain("amsterdam-economic-board"));
            assertThat(suggestions).extracting(s -> id(s.get("partner")))
                    .doesNotContain("olvg", "gemeente-amsterdam", "waag", "invest-mra", "rom-inwest", "amsterdam-economic-board");
        }
    }

    @Test
    @DisplayName("communities are named after their most connected member; TOMAS holds its programmes")
    void communities() {
        var communities = graphQl.document("{ communities(minSize: 5) { size label { id } members { id } } }").execute()
                .path("communities").entityList(Map.class).get();
        assertThat(communities).isNotEmpty().allSatisfy(c -> {
            assertThat(ids(c.get("members"))).hasSize((Integer) c.get("size")).first().isEqualTo(id(c.get("label")));
            assertThat((Integer) c.get("size")).isGreaterThanOrEqualTo(5);
            assertThat(ids(c.get("members"))).doesNotContain("amsterdam-economic-board");
        });
        assertThat(communities).extracting(c -> (Integer) c.get("size")).isSortedAccordingTo((a, b) -> b - a);
        assertThat(communities).anySatisfy(c -> assertThat(ids(c.get("members"))).contains("tomas", "house-of-skills", "techconnect"));
    }

    private static String id(Object entity) {
        return (String) ((Map<?, ?>) entity).get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ids(Object entities) {
        return ((List<Map<String, Object>>) entities).stream().map(e -> e.get("id")).toList();
    }
}
