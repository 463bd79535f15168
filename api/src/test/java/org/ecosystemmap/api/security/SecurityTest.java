package org.ecosystemmap.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@DisplayName("Who may do what")
class SecurityTest {

    static int status(RunningServer server, String path, String header, String value) {
        var request = HttpRequest.newBuilder(server.uri(path)).GET();
        if (header != null) {
            request.header(header, value);
        }
        return server.send(request.build()).statusCode();
    }

    static int graphQlStatus(RunningServer server, String header, String value) {
        var request = HttpRequest.newBuilder(server.uri("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ search(text: \\\"tomas\\\") { totalCount } }\"}"));
        if (header != null) {
            request.header(header, value);
        }
        return server.send(request.build()).statusCode();
    }

    /** Anonymous health says UP or DOWN and nothing about the machine: no disk path or size, no Neo4j version. */
    static void healthWithoutDetails(RunningServer server) {
        var anonymous = server.get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("details", "path", "total", "free", "server", "edition");
        var admin = server.send(HttpRequest.newBuilder(server.uri("/actuator/health")).header("X-API-Key", "admin-key").build());
        assertThat(admin.body()).contains("\"diskSpace\"", "\"path\"", "\"neo4j\"", "\"edition\"");
        var reader = server.send(HttpRequest.newBuilder(server.uri("/actuator/health")).header("X-API-Key", "reader-key").build());
        assertThat(reader.body()).doesNotContain("details");
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("by default")
    class OpenReading {
        RunningServer server;

        @BeforeAll
        void start() {
            server = RunningServer.shared(TestKeys.serverProperties(false));
        }

        @Test
        @DisplayName("anyone may read, without a key")
        void readingIsOpen() {
            assertThat(graphQlStatus(server, null, null)).isEqualTo(200);
            assertThat(server.graphQl("{ search(text: \"tomas\") { totalCount } }").has("errors")).isFalse();
        }

        @Test
        @DisplayName("a key that matches nothing is refused with 401, never treated as anonymous")
        void wrongKeyIsRefused() {
            var response = server.send(HttpRequest.newBuilder(server.uri("/graphql")).header("X-API-Key", "typo")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}")).build());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("The API key is not valid");
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        }

        @Test
        @DisplayName("health is open; metrics need an ADMIN key, sent either way")
        void operationalEndpoints() {
            assertThat(status(server, "/actuator/health", null, null)).isEqualTo(200);
            assertThat(status(server, "/actuator/metrics", null, null)).isEqualTo(401);
            assertThat(status(server, "/actuator/metrics", "X-API-Key", "curator-key")).isEqualTo(403);
            assertThat(status(server, "/actuator/metrics", "X-API-Key", "admin-key")).isEqualTo(200);
            assertThat(status(server, "/actuator/metrics", "Authorization", "Bearer admin-key")).isEqualTo(200);
        }

        @Test
        @DisplayName("health shows its details only to an ADMIN key")
        void healthDetails() {
            healthWithoutDetails(server);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("when reading requires a key")
    class ClosedReading {
        RunningServer server;

        @BeforeAll
        void start() {
            server = RunningServer.shared(TestKeys.serverProperties(true));
        }

        @Test
        @DisplayName("reading without a key gets 401, with any valid key 200; GraphiQL itself still opens")
        void readingNeedsAKey() {
            assertThat(graphQlStatus(server, null, null)).isEqualTo(401);
            assertThat(graphQlStatus(server, "X-API-Key", "reader-key")).isEqualTo(200);
            assertThat(graphQlStatus(server, "Authorization", "Bearer curator-key")).isEqualTo(200);
            assertThat(status(server, "/graphiql", null, null)).isEqualTo(200);
        }

        @Test
        @DisplayName("the explorer's pages open without a key (they hold no data), its data and exports do not")
        void explorerPagesOpenDataDoesNot() {
            for (var page : new String[] {"/", "/explorer/app.js", "/entity/tomas", "/path", "/programmes", "/goals"}) {
                assertThat(status(server, page, null, null)).as(page).isEqualTo(200);
            }
            assertThat(status(server, "/export?format=json", null, null)).isEqualTo(401);
            assertThat(status(server, "/export?format=json", "X-API-Key", "reader-key")).isEqualTo(200);
        }

        @Test
        @DisplayName("health is open, and shows its details only to an ADMIN key")
        void healthDetails() {
            healthWithoutDetails(server);
        }
    }
}
