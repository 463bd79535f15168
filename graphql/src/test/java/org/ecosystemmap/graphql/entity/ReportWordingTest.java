package org.ecosystemmap.graphql.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The report's own words on the bundled dataset")
class ReportWordingTest extends BundledGraphTest {

    @Test
    @DisplayName("show each source reference with its own quote, from the lines it cites")
    void quotePerReference() {
        var sources = graphQl.document("{ entity(id: \"leap\") { sources { lines section quote } } }").execute()
                .path("entity.sources").entityList(Map.class).get();

        assertThat(sources).contains(
                Map.of("lines", "461-473", "section", "LEAP",
                        "quote", "In 2021 lieten we zien hoe je 10 procent bespaart op het energieverbruik van je dataservers zonder prestatieverlies."),
                Map.of("lines", "227-241", "section", "Geleerde lessen",
                        "quote", "Het gaat om Gezondheidsdata-infrastructuur, LEAP en TOMAS."));
    }

    @Test
    @DisplayName("give an entity the report's Dutch wording and name forms next to the English description")
    void dutchNextToEnglish() {
        var response = graphQl.document("""
                { tomas: entity(id: "tomas") { name nameNl nameEn description descriptionNl }
                  amdex: entity(id: "amdex") { ... on Initiative { nameEn } }
                  tracks: entity(id: "gdzes-innovationtracks") { nameNl } }""").execute();

        response.path("tomas.nameEn").valueIsNull();
        response.path("tomas.nameNl").valueIsNull();
        response.path("tomas.description").entity(String.class).satisfies(english -> assertThat(english).contains("quartermaster"));
        response.path("tomas.descriptionNl").entity(String.class).satisfies(dutch -> assertThat(dutch)
                .contains("er kwartiermakers aan de slag zijn", "TOMAS staat voor Talent Ontwikkeling, Match & Select"));
        response.path("amdex.nameEn").entity(String.class).isEqualTo("Amsterdam Data Exchange");
        response.path("tracks.nameNl").entity(String.class).isEqualTo("innovatietracks");
    }

    @Test
    @DisplayName("give a goal's status the words and lines it rests on")
    void statusQuote() {
        graphQl.document("{ entity(id: \"tada-2021-target-3\") { ... on Goal { status statusQuote { lines section quote inferred } } } }")
                .execute().path("entity").entity(Map.class).isEqualTo(Map.of("status", "NOT_ACHIEVED", "statusQuote", Map.of(
                        "lines", "1370-1372", "section", "Tada › Resultaten 2021",
                        "quote", "Overdracht van Tada naar netwerkpartners is niet gelukt.", "inferred", true)));
        graphQl.document("{ entity(id: \"koersdocument-2022-target-1\") { ... on Goal { status statusQuote { quote } } } }")
                .execute().path("entity.statusQuote").valueIsNull();
    }
}
