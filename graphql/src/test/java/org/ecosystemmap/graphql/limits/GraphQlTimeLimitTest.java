package org.ecosystemmap.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.ecosystemmap.graph.testing.Lattice;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.graphql.SampleGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.test.tester.WebGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real slow query, every shortest chain across a dense lattice, with the database's own timeout set far
 * beyond the request's time limit: only the time limit can stop it, and it must stop the database's work too.
 */
@SpringBootTest(properties = {"ecosystem.graphql.request-timeout=3s", "ecosystem.neo4j.query-timeout=10m"})
@DisplayName("The GraphQL time limit")
class GraphQlTimeLimitTest {

    private static final String SLOW = "{ shortestPaths(from: \"start\", to: \"end\", all: true) { length } }";

    @Autowired
    ExecutionGraphQlService service;

    @Autowired
    ObjectProvider<WebGraphQlInterceptor> interceptors;

    WebGraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @BeforeAll
    static void buildLattice() {
        TestNeo4j.clear();
        Lattice.add(40, 4);
    }

    @AfterAll
    static void clear() {
        TestNeo4j.clear();
    }

    @BeforeEach
    void tester() {
        // The application's own interceptors, as its HTTP endpoint applies them.
        graphQl = WebGraphQlTester.create(WebGraphQlHandler.builder(service).interceptors(interceptors.orderedStream().toList()).build());
    }

    @Test
    @DisplayName("answers a query still running with a clear error, and ends its database transaction")
    void stopsTheQueryAndItsTransaction() {
        graphQl.document(SLOW).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("ran longer than the time limit"))
                .verify().path("shortestPaths").pathDoesNotExist();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(runningQueries("ALL SHORTEST")).isZero());
    }

    @Test
    @DisplayName("lets the next query through as usual")
    void answersTheNextQuery() {
        graphQl.document(SLOW).execute().errors().expect(e -> e.getMessage().contains("ran longer than the time limit")).verify();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(runningQueries("ALL SHORTEST")).isZero());

        graphQl.document("{ entity(id: \"end\") { name } }").execute().path("entity.name").entity(String.class).isEqualTo("End");
    }

    private static long runningQueries(String text) {
        return TestNeo4j.graph().read(tx -> tx.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n",
                Map.of("text", text)).single().get("n").asLong());
    }
}
