package org.ecosystemmap.graphql.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The list filters on the 2021 annual report")
class ListFiltersTest extends BundledGraphTest {

    /**
     * Each 2021 speerpunt the report says was not, or not wholly, realised, with the words that say so (lines in
     * CURATION.md). The report's status colours were lost in extraction; these words are what is left.
     */
    private static final Map<String, String> NOT_WHOLLY_REALISED = Map.ofEntries(
            Map.entry("leap-2021-target-3", "Circulariteit als inkoopeis meegeven bleek moeilijk"),
            Map.entry("tomas-2021-target-4", "de oorspronkelijke plannen met vier maanden (tot april 2022) verlengd"),
            Map.entry("imi-2021-target-1", "Het bleek lastig te zijn de benodigde informatie boven tafel te krijgen"),
            Map.entry("imi-2021-target-2", "Opzetten goede monitoring niet gelukt."),
            Map.entry("imi-2021-target-3", "Die voor selfassessment wordt in 2022 breder gedeeld."),
            Map.entry("imi-2021-target-4", "Inkopen in de breedte bleek te weinig aan te slaan."),
            Map.entry("textile-loops-2021-target-2", "Kennis & innovatiecentrum deed alleen verkenningen"),
            Map.entry("textile-loops-2021-target-3", "lancering Q2 2022"),
            Map.entry("gdzes-2021-target-1", "17 nieuwe GDZES MRA toetreders"),
            Map.entry("gdzes-2021-target-2", "Geen aparte innovatrietracks ingezet"),
            Map.entry("gdzes-2021-target-4", "meegenomen in ontwikkeling van nieuw boardimpactkader in 2022"),
            Map.entry("amdex-2021-target-4", "Eerste initiatieven voor bepalen waarde propositie AMdEX."),
            Map.entry("tada-2021-target-1", "De aanvraag is afgewezen. Voorts niet gelukt"),
            Map.entry("tada-2021-target-2", "Verantwoord digitaliseren bleek moeilijk onderwerp voor inkopers."),
            Map.entry("tada-2021-target-3", "Overdracht van Tada naar netwerkpartners is niet gelukt."),
            Map.entry("sha-2021-target-2", "Toolbox voor opschaling van AI-initiatieven is er niet gekomen"),
            Map.entry("asc-2021-target-4", "in november eerste event van een nieuwe reeks"),
            Map.entry("techconnect-2021-target-2", "TeachForAmsterdam afgeschaald."),
            Map.entry("visibility-2021-target-2", "kwam tot 8 procent."),
            Map.entry("insights-2021-target-1", "iets lager uitgevallen dan voorzien."));

    /** Of those, the ones the report calls failed as a whole. */
    private static final List<String> NOT_ACHIEVED = List.of(
            "textile-loops-2021-target-2", "gdzes-2021-target-2", "tada-2021-target-1", "tada-2021-target-3", "sha-2021-target-2");

    @Test
    @DisplayName("find the initiatives with a 2021 goal or activity not achieved")
    void byGoalStatus() {
        graphQl.document("{ initiatives(filter: {goal: {year: 2021, statuses: [NOT_ACHIEVED]}}) { edges { node { id } } } }").execute()
                .path("initiatives.edges[*].node.id").entityList(String.class).containsExactly(
                        "amdex", "gdzes", "inkopen-met-impact", "smart-health-amsterdam", "tada", "textile-loops");
    }

    @Test
    @DisplayName("tell a year's speerpunten from its planned activities")
    void byGoalType() {
        graphQl.document("{ initiatives(filter: {goal: {year: 2021, types: [TARGET], statuses: [NOT_ACHIEVED]}}) { edges { node { id } } } }")
                .execute().path("initiatives.edges[*].node.id").entityList(String.class)
                .containsExactly("gdzes", "smart-health-amsterdam", "tada", "textile-loops");
        graphQl.document("{ initiatives(filter: {goal: {year: 2021, types: [ACTIVITY], statuses: [NOT_ACHIEVED]}}) { edges { node { id } } } }")
                .execute().path("initiatives.edges[*].node.id").entityList(String.class)
                .containsExactly("amdex", "gdzes", "inkopen-met-impact", "tada");
    }

    @Test
    @DisplayName("find exactly the initiatives with a 2021 speerpunt the report says was not, or not wholly, realised, with its words")
    void speerpuntenNotWhollyRealised() {
        var initiatives = graphQl.document("""
                { initiatives(filter: {goal: {year: 2021, types: [TARGET], statuses: [NOT_ACHIEVED, PARTLY_ACHIEVED]}}, first: 50) {
                    edges { node { id ... on Initiative { goals { id goalType year status statusQuote { document lines quote } } } } } } }""")
                .execute().path("initiatives.edges[*].node").entityList(Map.class).get();

        assertThat(initiatives).extracting(i -> i.get("id")).containsExactlyInAnyOrder(
                "amdex", "amsterdam-smart-city", "content-publishingstrategie", "gdzes", "inkopen-met-impact", "insights", "leap",
                "smart-health-amsterdam", "tada", "techconnect", "textile-loops", "tomas");
        @SuppressWarnings("unchecked")
        var missed = initiatives.stream().flatMap(i -> ((List<Map<String, Object>>) i.get("goals")).stream())
                .filter(g -> "TARGET".equals(g.get("goalType")) && Integer.valueOf(2021).equals(g.get("year")) && !"ACHIEVED".equals(g.get("status")))
                .toList();
        assertThat(missed).extracting(g -> g.get("id")).containsExactlyInAnyOrderElementsOf(NOT_WHOLLY_REALISED.keySet());
        assertThat(missed).allSatisfy(goal -> {
            var id = (String) goal.get("id");
            assertThat(goal.get("status")).as(id).isEqualTo(NOT_ACHIEVED.contains(id) ? "NOT_ACHIEVED" : "PARTLY_ACHIEVED");
            @SuppressWarnings("unchecked")
            var quote = (Map<String, Object>) goal.get("statusQuote");
            assertThat(quote).as(id).containsEntry("document", "jaarverslag-2021.txt");
            assertThat((String) quote.get("quote")).as(id).contains(NOT_WHOLLY_REALISED.get(id));
        });
    }

    @Test
    @DisplayName("find what lies in Amsterdam, its districts and sites included")
    void byPlaceWithSubPlaces() {
        graphQl.document("{ partners(filter: {places: [\"amsterdam\"]}) { edges { node { id } } } }").execute()
                .path("partners.edges[*].node.id").entityList(String.class).satisfies(ids -> assertThat(ids)
                        .containsExactlyInAnyOrder("buurtcampus-nieuw-west", "marineterrein", "oba", "gemeente-amsterdam"));
        graphQl.document("{ initiatives(filter: {places: [\"amsterdam\"]}) { edges { node { id } } } }").execute()
                .path("initiatives.edges[*].node.id").entityList(String.class).contains("amdex-usecase-marineterrein", "amsterdam-smart-city");
    }

    @Test
    @DisplayName("leave out what starts after the year asked for")
    void byYear() {
        graphQl.document("{ initiatives(filter: {year: 2021}, first: 100) { totalCount edges { node { id } } } }").execute()
                .path("initiatives.edges[*].node.id").entityList(String.class)
                .doesNotContain("pilots-beschermende-kleding", "united-repair-centrum", "asc-5-0", "data-akkoord")
                .contains("tomas", "gdzes", "textile-loops");
        graphQl.document("{ coalitions(filter: {year: 2022}, first: 100) { edges { node { id } } } }").execute()
                .path("coalitions.edges[*].node.id").entityList(String.class).doesNotContain("international-advisory-board").contains("tomas-consortium");
    }

    @Test
    @DisplayName("combine theme, type, year and text")
    void combined() {
        graphQl.document("{ initiatives(filter: {themes: [\"circulaire-economie\"], text: \"textiel\"}) { edges { node { id } } } }").execute()
                .path("initiatives.edges[*].node.id").entityList(String.class).containsExactly("textile-loops");
        graphQl.document("{ partners(filter: {types: [HEALTHCARE], year: 2021}) { edges { node { id } } } }").execute()
                .path("partners.edges[*].node.id").entityList(String.class).contains("olvg", "cordaan").doesNotContain("philips");
    }
}
