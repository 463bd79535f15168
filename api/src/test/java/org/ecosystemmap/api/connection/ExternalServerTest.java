package org.ecosystemmap.api.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
            assertBookmarks(server, scheme.equals("neo4j"));
        }
        long inExternal = TestNeo4j.graph().queryOne("MATCH (n:Entity {dataset: 'jaarverslag-2021'}) RETURN count(n) AS n", Map.of(),
                r -> r.get("n").asLong()).orElseThrow();
        assertThat(inExternal).isGreaterThan(400);
    }

    /**
     * Routed to a cluster, GraphQL answers carry the bookmarks of the latest writes, which a client sends back
     * to read them on any replica; made-up ones are refused. To one server they are neither sent nor read.
     */
    private static void assertBookmarks(RunningServer server, boolean clustered) {
        var answered = send(server, "{ entity(id: \\\"amdex\\\") { name } }", null);
        assertThat(answered.headers().firstValue("X-Neo4j-Bookmarks").isPresent()).isEqualTo(clustered);
        var madeUp = send(server, "{ __typename }", "not-a-bookmark");
        assertThat(madeUp.statusCode()).isEqualTo(clustered ? 400 : 200);
        if (clustered) {
            // The API's one error shape (docs/security.md), saying what to send instead.
            assertThat(madeUp.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(madeUp.body()).contains("bookmarks this database does not know");
            var bookmarks = answered.headers().firstValue("X-Neo4j-Bookmarks").orElseThrow();
            assertThat(send(server, "{ entity(id: \\\"amdex\\\") { name } }", bookmarks).body()).contains("AMdEX");
        }
    }

    private static HttpResponse<String> send(RunningServer server, String query, String bookmarks) {
        var request = HttpRequest.newBuilder(server.uri("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"));
        if (bookmarks != null) {
            request.header("X-Neo4j-Bookmarks", bookmarks);
        }
        return server.send(request.build());
    }
}
