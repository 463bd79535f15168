package org.ecosystemmap.graphql;

import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EcosystemNeo4jProperties;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The GraphQL module on its own, for its tests. */
@SpringBootApplication
public class GraphQlTestApplication {

    /**
     * The test database (every test connects to it, {@link SampleGraph#connect}) with the application's settings,
     * reading requests in this process as the application does on its embedded database.
     */
    @Bean
    EcosystemGraph ecosystemGraph(EcosystemNeo4jProperties properties) {
        return new EcosystemGraph(TestNeo4j.driver(), properties.database(), properties.queryTimeout(), TestNeo4j.embedded()::database);
    }
}
