package org.ecosystemmap.api.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** For users with Docker: the server against a real Neo4j server image. Skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
@DisplayName("The server against a Neo4j server in a container")
class Neo4jContainerTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1-community").withoutAuthentication();

    @Test
    @DisplayName("loads the bundled dataset into it and answers queries")
    void worksAgainstAServerImage() {
        try (var server = RunningServer.start(Map.of("ecosystem.neo4j.uri", NEO4J.getBoltUrl()))) {
            assertThat(server.context().getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(server.graphQl("{ search(text: \"TOMAS\") { edges { node { id } } } }")
                    .at("/data/search/edges/0/node/id").asString()).isEqualTo("tomas");
        }
    }
}
