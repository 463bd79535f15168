package org.ecosystemmap.graphql.relation;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.BundledGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No N+1: the fields of a page of entities are fetched for the whole page at once, so the number of queries
 * a request sends grows with how deep it nests, not with how many entities it lists.
 */
@DisplayName("Round trips to the database")
class RoundTripsTest extends BundledGraphTest {

    private static final String PARTNERS = """
            query($first: Int) { partners(first: $first) { edges { node { id ... on Partner {
              initiatives { id %s } coalitions { id } } } } } }""";

    @Autowired
    EcosystemGraph graph;

    @Test
    @DisplayName("grow with the depth of a nested query, not with the number of partners")
    void growWithDepthNotRows() {
        int fivePartners = roundTrips(PARTNERS.formatted(""), 5);
        int fiftyPartners = roundTrips(PARTNERS.formatted(""), 50);
        int fiftyPartnersOneLevelDeeper = roundTrips(PARTNERS.formatted("partners { id } themes { id }"), 50);

        assertThat(fivePartners).as("the list, then initiatives and coalitions of all listed partners").isEqualTo(3);
        assertThat(fiftyPartners).isEqualTo(fivePartners);
        assertThat(fiftyPartnersOneLevelDeeper).as("one more level: partners and themes of all those initiatives").isEqualTo(5);
    }

    private int roundTrips(String query, int first) {
        long before = graph.queryCount();
        graphQl.document(query).variable("first", first).execute().errors().verify()
                .path("partners.edges").entityList(Object.class).hasSize(first);
        return (int) (graph.queryCount() - before);
    }
}
