package org.ecosystemmap.graph.connection;

import org.ecosystemmap.graph.schema.GraphSchema;
import org.neo4j.driver.Driver;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The graph every other module works through, with its schema applied before anyone uses it. */
@AutoConfiguration(after = Neo4jAutoConfiguration.class)
@EnableConfigurationProperties(EcosystemNeo4jProperties.class)
public class EcosystemGraphAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EcosystemGraph ecosystemGraph(Driver driver, EcosystemNeo4jProperties properties) {
        var graph = new EcosystemGraph(driver, properties.database(), properties.queryTimeout());
        new GraphSchema(graph).apply();
        return graph;
    }
}
