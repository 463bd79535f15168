package org.ecosystemmap.api.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The server pointed at an external Neo4j with ecosystem.neo4j.uri")
class ExternalServerTest {

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bolt", "neo4j"})
    @DisplayName("starts no embedded database and keeps all its data in that server, directly (bolt://) or routed (neo4j://)")
    void usesTheExternalServer(String scheme) {
        // A second, separate Neo4j with Bolt on its own port stands in for a server.
        var external = TestNeo4j.embedded();
        TestNeo4j.clear();
        var uri = scheme + "://localhost:" + external.boltPort();
        try (var server = RunningServer.start(Map.of("ecosystem.neo4j.uri", uri))) {
            assertThat(server.context().getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(server.graphQl("{ entity(id: \"amdex\") { name } }").at("/data/entity/name").asString()).isEqualTo("AMdEX");
        }
        long inExternal = TestNeo4j.graph().queryOne("MATCH (n:Entity {dataset: 'jaarverslag-2021'}) RETURN count(n) AS n", Map.of(),
                r -> r.get("n").asLong()).orElseThrow();
        assertThat(inExternal).isGreaterThan(400);
    }
}
