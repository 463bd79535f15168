package org.ecosystemmap.graphql.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

@DisplayName("What changed, on the 2021 annual report")
class ChangesTest extends BundledGraphTest {

    private static final String CHANGE = "date what entity { id kind } other { id } relation { type role since until } sources { lines }";

    @Test
    @DisplayName("in 2021: the eight organisations that joined the Network Council and the five Board members who stepped down")
    void networkCouncilAndBoard() {
        var changes = changes("{ changes(from: \"2021-01-01\", to: \"2021-12-31\") { %s } }".formatted(CHANGE));
        // "Ondanks de crisis hebben we acht nieuwe leden verwelkomd: Pantar, Azerion, BTG, Ahold, Penta Infra,
        // Patagonia, Sanquin en HPE." (L2596-2600)
        assertThat(changes.stream().filter(c -> "JOINED".equals(c.get("what")) && "network-council".equals(id(c, "other"))))
                .extracting(c -> id(c, "entity"))
                .containsExactlyInAnyOrder("pantar", "azerion", "btg", "ahold", "penta-infra", "patagonia", "sanquin", "hpe");
        // "Afgetreden Boardleden zijn Henk Markerink, Hans Bakker, Barbara Baarsma, Ernst Hoogenes en Jeroen Tas." (L2543-2547)
        assertThat(changes.stream().filter(c -> "LEFT".equals(c.get("what")) && "amsterdam-economic-board".equals(id(c, "other"))
                        && "MEMBER_OF".equals(((Map<?, ?>) c.get("relation")).get("type"))))
                .extracting(c -> id(c, "entity"))
                .containsExactlyInAnyOrder("henk-markerink", "hans-bakker", "barbara-baarsma", "ernst-hoogenes", "jeroen-tas");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.get("date")).isEqualTo("2021");
            assertThat((List<?>) c.get("sources")).isNotEmpty();
        });
        assertThat(changes).extracting(c -> (String) c.get("what")).isSortedAccordingTo(
                (x, y) -> List.of("JOINED", "LEFT", "STARTED", "ENDED", "HANDED_OVER").indexOf(x)
                        - List.of("JOINED", "LEFT", "STARTED", "ENDED", "HANDED_OVER").indexOf(y));
    }

    @Test
    @DisplayName("House of Skills handed over to the Board in April 2021, as the Board started running it")
    void handedOver() {
        // "In april 2021 ging House of Skills verder als House of Skills 2.0 met een andere entiteit: een programma
        // onder de vleugels van de Amsterdam Economic Board." (L2121-2127)
        var changes = changes("{ changes(from: \"2021-04\", to: \"2021-04\", kinds: [INITIATIVE]) { %s } }".formatted(CHANGE));
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.get("what")).isEqualTo("HANDED_OVER");
            assertThat(id(c, "entity")).isEqualTo("house-of-skills");
            assertThat(id(c, "other")).isEqualTo("amsterdam-economic-board");
        });
        assertThat(changes).allSatisfy(c -> assertThat(((Map<?, ?>) c.get("entity")).get("kind")).isEqualTo("INITIATIVE"));
    }

    @Test
    @DisplayName("in 2022, OLVG, Reade and Cordaan join the protective-clothing pilots, and nothing of 2021")
    void otherYears() {
        // "In 2022 starten pilots bij OLVG, Reade en Cordaan" (L945-951)
        var changes = changes("{ changes(from: 2022, to: \"2022\") { %s } }".formatted(CHANGE));
        assertThat(changes.stream().filter(c -> "pilots-beschermende-kleding".equals(id(c, "other")))).extracting(c -> id(c, "entity"))
                .containsExactlyInAnyOrder("olvg", "reade", "cordaan");
        assertThat(changes).extracting(c -> c.get("date")).containsOnly("2022");
    }

    @Test
    @DisplayName("the timeline holds the years of 2021's changes, in order")
    void timeline() {
        var years = graphQl.document("{ timeline }").execute().path("timeline").entityList(Integer.class).get();
        assertThat(years).contains(2021, 2022).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("refuses a period that ends before it starts, and a date that is none")
    void refusesBadDates() {
        graphQl.document("{ changes(from: \"2022\", to: \"2021-12-31\") { what } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("from (2022) must not be after to (2021-12-31)"))
                .verify();
        graphQl.document("{ changes(from: \"2021-02-30\", to: \"2021\") { what } }").execute().errors()
                .expect(e -> e.getMessage().contains("\"2021-02-30\" is not a date")).verify();
        graphQl.document("{ changes(from: \"yesterday\", to: \"2021\") { what } }").execute().errors()
                .expect(e -> e.getMessage().contains("write 2021-06-30, 2021-06 or 2021")).verify();
    }

    private List<Map<String, Object>> changes(String query) {
        return graphQl.document(query).execute().errors().verify().path("changes").entityList(Map.class).get().stream()
                .map(c -> (Map<String, Object>) c).toList();
    }

    private static String id(Map<String, Object> change, String field) {
        var entity = (Map<?, ?>) change.get(field);
        return entity == null ? null : (String) entity.get("id");
    }
}
