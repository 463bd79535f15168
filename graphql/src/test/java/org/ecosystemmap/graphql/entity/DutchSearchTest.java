package org.ecosystemmap.graphql.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.SampleGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Searching the bundled 2021 annual report in its own words: the expected ids are the entities the report
 * ties each word to (jaarverslag-2021.txt), with the field each was found in.
 */
@SpringBootTest
@AutoConfigureGraphQlTester
@DisplayName("Search in the report's Dutch words over the bundled dataset")
class DutchSearchTest {

    private static final String SEARCH = """
            query ($text: String!) {
              search(text: $text, first: 50) {
                edges { node { id } matchedIn { field label(lang: NL) en: label(lang: EN) words excerpt source } }
              }
            }""";

    @Autowired
    GraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @BeforeAll
    static void load() {
        SampleGraph.ensureLoaded("jaarverslag-2021");
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} in {2}")
    @DisplayName("finds the entities the report ties the word to, saying in which field")
    @CsvSource(delimiter = ';', value = {
            // The quartermasters of GDI, LEAP and TOMAS (lines 227-241, 461-473, 85-91).
            "kwartiermaker; gezondheidsdata-infrastructuur; descriptionNl",
            "kwartiermaker; leap; descriptionNl",
            "kwartiermaker; tomas; descriptionNl",
            // PathWays' target group "unemployed", in Dutch "werklozen" (lines 2060-2064: mensen zonder werk).
            "werklozen; pathways; facets",
            "zijinstromers; orientatieprogramma-zijinstromers; name",
            "zijinstromers; hos-2021-activity-2; result",
            // Stemming: the singular finds the plural.
            "zijinstromer; orientatieprogramma-zijinstromers; name",
            "afgeschaald; techconnect-2021-target-2; result",
            "afgeschaald; teachforamsterdam; descriptionNl",
            "niet gelukt; tada-2021-target-3; result",
            "niet gelukt; tada-2021-target-1; result",
            "niet gelukt; imi-2021-target-2; result",
            "overdracht; tada-2021-target-3; result",
            "overdracht; tada; descriptionNl",
            "Talent voor de Toekomst; talent-voor-de-toekomst; name",
            "Talent voor de Toekomst; techconnect; descriptionNl",
    })
    void findsByReportWords(String text, String id, String field) {
        var hit = hits(text).stream().filter(h -> id.equals(((Map<?, ?>) h.get("node")).get("id"))).findFirst();
        assertThat(hit).as("%s among the hits for %s", id, text).isPresent();
        @SuppressWarnings("unchecked")
        var matched = (Map<String, Object>) hit.get().get("matchedIn");
        assertThat(matched).as("where %s matched %s", text, id).isNotNull().containsEntry("field", field);
        assertThat((List<?>) matched.get("words")).isNotEmpty();
        assertThat((String) matched.get("excerpt")).isNotBlank();
    }

    @Test
    @DisplayName("says where a goal matched in Dutch and English, with the words as the report writes them")
    void wordsTheMatch() {
        var hit = hits("niet gelukt").stream().filter(h -> "tada-2021-target-3".equals(((Map<?, ?>) h.get("node")).get("id"))).findFirst().orElseThrow();
        assertThat(match(hit)).containsEntry("label", "resultaat").containsEntry("en", "result")
                .containsEntry("words", List.of("niet", "gelukt"));
        assertThat((String) match(hit).get("excerpt")).contains("Overdracht van Tada naar netwerkpartners is niet gelukt");
    }

    @Test
    @DisplayName("ranks the exact name first, as before")
    void exactNameFirst() {
        assertThat(((Map<?, ?>) hits("Talent voor de Toekomst").getFirst().get("node")).get("id")).isEqualTo("talent-voor-de-toekomst");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> match(Map<String, Object> hit) {
        return (Map<String, Object>) hit.get("matchedIn");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> hits(String text) {
        return graphQl.document(SEARCH).variable("text", text).execute().errors().verify()
                .path("search.edges").entity(List.class).get();
    }
}
