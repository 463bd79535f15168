package org.ecosystemmap.graphql.cookbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The cookbook's questions about connections and time, each answered as the 2021 annual report says. */
@DisplayName("The cookbook's answers on the 2021 annual report")
class CookbookAnswersTest extends BundledGraphTest {

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
}
