package org.ecosystemmap.api.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.ServerProcess;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The server on an external Neo4j that goes away and comes back")
class ExternalOutageTest {

    private static final String QUERY = "{ entity(id: \"tomas\") { id } }";

    @TempDir
    Path neo4jDir;

    @Test
    @DisplayName("answers with a clear error (a 503 with Retry-After over HTTP) and health DOWN while it is gone, and recovers by itself when it returns")
    void survivesAnOutage() {
        int port = ServerProcess.freePort();
        var neo4j = EmbeddedNeo4j.start(neo4jDir, port, 64L * 1024 * 1024);
        // Health details are for operators; this one shows them to everyone (docs/operations.md).
        try (var server = RunningServer.start(Map.of("ecosystem.neo4j.uri", neo4j.boltUri().toString(),
                "ecosystem.bundled-dataset.enabled", "false", "management.endpoint.health.show-details", "always"))) {
            assertThat(server.graphQl(QUERY).has("errors")).isFalse();

            neo4j.close();
            long started = System.nanoTime();
            var during = server.graphQl(QUERY);
            assertThat(during.at("/errors/0/message").asString()).isEqualTo("The graph database cannot be reached right now; try again shortly.");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
            var export = server.get("/export?format=json");
            assertThat(export.statusCode()).isEqualTo(503);
            assertThat(export.headers().firstValue("Retry-After")).isPresent();
            assertThat(export.body()).contains("cannot serve this request right now");
            var health = server.get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"neo4j\":{").contains("DOWN");

            neo4j = EmbeddedNeo4j.start(neo4jDir, port, 64L * 1024 * 1024);
            await("recovered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !server.graphQl(QUERY).has("errors"));
            assertThat(server.get("/actuator/health").statusCode()).isEqualTo(200);
        } finally {
            neo4j.close();
        }
    }
}
