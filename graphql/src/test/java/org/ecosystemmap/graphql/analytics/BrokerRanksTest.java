package org.ecosystemmap.graphql.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.graphql.FixtureGraphTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DisplayName("Brokers ranked by degree, on the fixture")
class BrokerRanksTest extends FixtureGraphTest {

    @Autowired
    EcosystemGraph graph;

    @Test
    @DisplayName("share a rank when their scores are equal, ordered by id, and the next rank skips the tied places")
    void shareRanksOnTies() {
        // The fixture's partners and their neighbours (datasets/sample/relationships.csv): the Board runs TOMAS, GDI
        // and AMdEX and is in the TOMAS consortium (4); the city is in two consortia, DSS in one and part of the
        // HvA (2 each); every other partner has one neighbour.
        graphQl.document("{ brokers(metric: DEGREE, kinds: [PARTNER], first: 9) { rank score entity { id } } }").execute()
                .path("brokers").entityList(Map.class).satisfies(ranked -> assertThat(ranked)
                        .extracting(r -> r.get("rank") + " " + ((Map<?, ?>) r.get("entity")).get("id") + " " + r.get("score"))
                        .containsExactly(
                                "1 amsterdam-economic-board 4.0",
                                "2 digital-society-school 2.0",
                                "2 gemeente-amsterdam 2.0",
                                "4 hogeschool-van-amsterdam 1.0",
                                "4 marineterrein 1.0",
                                "4 mra-bureau 1.0",
                                "4 olvg 1.0",
                                "4 philips 1.0",
                                "4 startupamsterdam 1.0"));
    }

    @Test
    @DisplayName("are recomputed when the graph changes, also from another process, and only then")
    void followChangesToTheGraph() {
        var query = "{ brokers(metric: DEGREE, kinds: [PARTNER], first: 1) { entity { id } score } }";
        graphQl.document(query).execute().path("brokers[0].score").entity(Double.class).isEqualTo(4.0);
        long before = graph.queryCount();
        graphQl.document(query).execute();
        assertThat(graph.queryCount() - before).as("a change check and the look-up of the entities").isEqualTo(2);

        var board = "MATCH (b:Entity {id: 'amsterdam-economic-board'}) ";
        TestNeo4j.graph().write(tx -> tx.run(board + "CREATE (b)-[:CONNECTED_TO {dataset: 'test'}]->(:Entity:Theme {id: 'test-theme', name: 'Test'})")
                .consume());
        try {
            graphQl.document(query).execute().path("brokers[0].score").entity(Double.class).isEqualTo(5.0);
        } finally {
            TestNeo4j.graph().write(tx -> tx.run("MATCH (t:Theme {id: 'test-theme'}) DETACH DELETE t").consume());
        }
        graphQl.document(query).execute().path("brokers[0].score").entity(Double.class).isEqualTo(4.0);
    }
}
