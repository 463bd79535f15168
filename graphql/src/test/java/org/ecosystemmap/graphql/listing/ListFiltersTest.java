package org.ecosystemmap.graphql.listing;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The list filters on the 2021 annual report")
class ListFiltersTest extends BundledGraphTest {

    @Test
    @DisplayName("find the initiatives with a 2021 goal not achieved")
    void byGoalStatus() {
        graphQl.document("{ initiatives(filter: {goal: {year: 2021, statuses: [NOT_ACHIEVED]}}) { edges { node { id } } } }").execute()
                .path("initiatives.edges[*].node.id").entityList(String.class).containsExactly(
                        "amdex", "gdzes", "inkopen-met-impact", "leap", "smart-health-amsterdam", "tada", "textile-loops");
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
