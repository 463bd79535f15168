package org.ecosystemmap.graphql.connection;

import org.ecosystemmap.graph.testing.Lattice;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.graphql.SampleGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A question that is within every limit can still run away on a dense graph: every shortest chain between
 * two ends of a lattice, of which there are hundreds of thousands. The read timeout stops it, the client
 * is told why, and the next question is answered as usual.
 */
@SpringBootTest(properties = "ecosystem.neo4j.query-timeout=2s")
@AutoConfigureGraphQlTester
@DisplayName("A runaway query")
class RunawayQueryTest {

    /** Layers of this many entities, each connected to every entity of the next layer. */
    private static final int WIDTH = 40;
    private static final int LAYERS = 4;

    @Autowired
    GraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @BeforeAll
    static void buildLattice() {
        TestNeo4j.clear();
        Lattice.add(WIDTH, LAYERS);
    }

    @AfterAll
    static void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("is stopped by the read timeout with a clear error, and the next query is answered")
    void isStoppedAndTheServerAnswersOn() {
        graphQl.document("{ shortestPaths(from: \"start\", to: \"end\", all: true) { length } }").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("ran longer than the time limit"))
                .verify();

        graphQl.document("{ shortestPaths(from: \"start\", to: \"end\") { length nodes { id } } }").execute()
                .path("shortestPaths[0].length").entity(Integer.class).isEqualTo(LAYERS + 1);
        graphQl.document("{ entity(id: \"end\") { name } }").execute().path("entity.name").entity(String.class).isEqualTo("End");
    }
}
