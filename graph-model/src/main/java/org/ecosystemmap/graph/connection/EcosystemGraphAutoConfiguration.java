package org.ecosystemmap.graph.connection;

import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.search.SearchTextsBackfill;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The graph every other module works through, and its start: the schema and every {@link GraphStartup.Step}
 * are applied on a thread of their own, and the application counts as started (ready for traffic) only once
 * they are done.
 */
@AutoConfiguration(after = Neo4jAutoConfiguration.class)
@EnableConfigurationProperties(EcosystemNeo4jProperties.class)
public class EcosystemGraphAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EcosystemGraph ecosystemGraph(Driver driver, EcosystemNeo4jProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
        var neo4j = embedded.getIfAvailable();
        return new EcosystemGraph(driver, properties.database(), properties.queryTimeout(), neo4j == null ? null : neo4j::database);
    }

    @Bean(initMethod = "start")
    @ConditionalOnMissingBean
    GraphStartup graphStartup(EcosystemGraph graph, ObjectProvider<EmbeddedNeo4j> embedded, ObjectProvider<GraphStartup.Step> steps) {
        var neo4j = embedded.getIfAvailable();
        if (neo4j == null) {
            return new GraphStartup(() -> { }, new GraphSchema(graph), steps.orderedStream().toList());
        }
        return new GraphStartup(neo4j::awaitStarted, GraphSchema.embedded(graph, neo4j::database), steps.orderedStream().toList());
    }

    /** Search texts for the entities of a graph written before search knew Dutch. */
    @Bean
    SearchTextsBackfill searchTextsBackfill(EcosystemGraph graph) {
        return new SearchTextsBackfill(graph);
    }

    /** Runners run before the application reports itself ready, so readiness waits for the graph. */
    @Bean
    ApplicationRunner awaitGraphStartup(GraphStartup startup) {
        return args -> startup.await();
    }
}
