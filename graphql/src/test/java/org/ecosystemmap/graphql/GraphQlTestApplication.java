package org.ecosystemmap.graphql;

import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The GraphQL module on its own, for its tests. */
@SpringBootApplication
public class GraphQlTestApplication {

    /**
     * The test database's graph (every test connects to it, {@link SampleGraph#connect}), which reads requests in
     * this process as the application does on its embedded database; the tests' data is written through it too.
     */
    @Bean
    EcosystemGraph ecosystemGraph() {
        return TestNeo4j.graph();
    }
}
