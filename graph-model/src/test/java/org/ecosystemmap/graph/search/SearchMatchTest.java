package org.ecosystemmap.graph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Where a search matched an entity")
class SearchMatchTest {

    private static final Map<String, Object> GOAL = Map.of(
            "name", "Tada 2021 target 3: hand Tada over to network partners",
            "description", "The hand-over did not succeed.",
            "planned", "Tada wordt overgedragen aan netwerkpartners.",
            "result", "Overdracht van Tada naar netwerkpartners is niet gelukt. Partijen geven aan de onafhankelijkheid te waarderen.",
            "sources", List.of("jaarverslag-2021.txt#L1370-L1372 \"Overdracht van Tada naar netwerkpartners is niet gelukt.\" §Tada"));

    @Test
    @DisplayName("names the first field holding every word, with the words as written, stop words included")
    void firstFieldWithEveryWord() {
        var match = SearchMatch.find("niet gelukt", GOAL).orElseThrow();
        assertThat(match.field()).isEqualTo(SearchField.RESULT);
        assertThat(match.words()).containsExactly("niet", "gelukt");
        assertThat(match.excerpt()).startsWith("Overdracht van Tada").contains("niet gelukt");
        assertThat(match.field().label().nl()).isEqualTo("resultaat");
    }

    @Test
    @DisplayName("finds a Dutch word stemmed, an English word in the English description, a facet by its Dutch label")
    void perLanguage() {
        var programme = Map.<String, Object>of("name", "Oriëntatieprogramma", "descriptionNl", "Voor zijinstromers in het onderwijs.",
                "description", "For career switchers.", "targetGroups", List.of("unemployed"));
        assertThat(SearchMatch.find("zijinstromer", programme)).hasValueSatisfying(m -> {
            assertThat(m.field()).isEqualTo(SearchField.DESCRIPTION_NL);
            assertThat(m.words()).containsExactly("zijinstromers");
        });
        assertThat(SearchMatch.find("switcher", programme)).hasValueSatisfying(m -> assertThat(m.field()).isEqualTo(SearchField.DESCRIPTION));
        assertThat(SearchMatch.find("werklozen", programme)).hasValueSatisfying(m -> {
            assertThat(m.field()).isEqualTo(SearchField.FACET_NL);
            assertThat(m.source()).isEqualTo("targetGroups: unemployed");
        });
        assertThat(SearchMatch.find("orientatieprogramma", programme)).hasValueSatisfying(m -> {
            assertThat(m.field()).isEqualTo(SearchField.NAME);
            assertThat(m.words()).containsExactly("Oriëntatieprogramma");
        });
    }

    @Test
    @DisplayName("finds a word only in a source reference's quote, naming the reference")
    void sourceQuote() {
        var initiative = Map.<String, Object>of("name", "LEAP",
                "sources", List.of("jaarverslag-2021.txt#L461-L473 \"Een kwartiermaker is aangesteld.\" §LEAP"));
        assertThat(SearchMatch.find("kwartiermaker", initiative)).hasValueSatisfying(m -> {
            assertThat(m.field()).isEqualTo(SearchField.SOURCE_QUOTE);
            assertThat(m.source()).isEqualTo("jaarverslag-2021.txt#L461-L473");
        });
        assertThat(SearchMatch.find("subsidie", initiative)).isEmpty();
    }
}
