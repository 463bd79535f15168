package org.ecosystemmap.api.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ecosystemmap.api.EcosystemMapApplication;
import org.ecosystemmap.api.testing.ServerProcess;
import org.ecosystemmap.graph.connection.GraphStartup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

@DisplayName("The server while its graph is being made ready")
class StartupGateTest {

    private static final Duration HANG_GUARD = Duration.ofMinutes(5);
    /** On a busy machine a cold database's first reads can outlast the default limit; these tests are not about that. */
    private static final String UNHURRIED = "--ecosystem.neo4j.query-timeout=5m";

    /**
     * Holds the graph's start just before the bundled dataset loads, until the test lets it go: a load as slow
     * as the test needs. Not a {@code @Configuration}, so that no other test's component scan picks it up.
     */
    static class HeldBeforeBundledLoad {

        static final CountDownLatch reached = new CountDownLatch(1);
        static final CountDownLatch released = new CountDownLatch(1);

        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE - 1)
        GraphStartup.Step hold() {
            return () -> {
                reached.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }
    }

    /** A start-up step that fails, as a broken bundled dataset would. */
    static class FailingStep {

        @Bean
        GraphStartup.Step fail() {
            return () -> {
                throw new IllegalStateException("the bundled dataset is broken");
            };
        }
    }

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("answers 503 with Retry-After to GraphQL and the explorer, never from the empty graph; is live but not ready; "
            + "then answers from the loaded graph")
    void holdsRequestsOffUntilTheGraphIsReady() throws Exception {
        int port = ServerProcess.freePort();
        var application = new SpringApplication(EcosystemMapApplication.class, HeldBeforeBundledLoad.class);
        var running = CompletableFuture.supplyAsync(() -> application.run("--server.port=" + port, "--ecosystem.neo4j.bolt-port=0",
                "--ecosystem.neo4j.data-dir=" + dataDir, UNHURRIED));
        try {
            assertThat(HeldBeforeBundledLoad.reached.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("the graph's start reached the hold").isTrue();
            var liveness = awaitAnswer(port, "/actuator/health/liveness");
            assertThat(liveness.statusCode()).isEqualTo(200);

            var graphql = post(port, "{ search(text: \"TOMAS\") { edges { node { id } } } }");
            assertThat(graphql.statusCode()).isEqualTo(503);
            assertThat(graphql.headers().firstValue("Retry-After")).hasValue(Integer.toString(StartupGate.RETRY_AFTER_SECONDS));
            assertThat(graphql.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(graphql.body()).contains("starting").doesNotContain("\"data\"");

            var explorer = get(port, "/entity/tomas", "text/html");
            assertThat(explorer.statusCode()).isEqualTo(503);
            assertThat(explorer.headers().firstValue("Retry-After")).isPresent();
            assertThat(explorer.body()).contains("http-equiv=\"refresh\"");

            assertThat(get(port, "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(503);
        } finally {
            HeldBeforeBundledLoad.released.countDown();
        }
        try (ConfigurableApplicationContext context = running.get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS)) {
            var graphql = post(port, "{ search(text: \"TOMAS\") { edges { node { id } } } }");
            assertThat(graphql.statusCode()).isEqualTo(200);
            assertThat(graphql.body()).contains("\"id\":\"tomas\"");
            assertThat(get(port, "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
            assertThat(get(port, "/entity/tomas", "text/html").statusCode()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("does not start at all when a start-up step fails, and says why")
    void stopsWhenAStepFails() {
        var application = new SpringApplication(EcosystemMapApplication.class, FailingStep.class);
        assertThatThrownBy(() -> application.run("--server.port=0", "--ecosystem.neo4j.bolt-port=0", "--ecosystem.neo4j.data-dir=" + dataDir,
                "--ecosystem.bundled-dataset.enabled=false", UNHURRIED))
                .hasMessage("the bundled dataset is broken");
    }

    /** The first answer to a GET once the server listens (a refused connection means it does not yet). */
    private HttpResponse<String> awaitAnswer(int port, String path) {
        return await("the server listens").atMost(HANG_GUARD).pollInterval(Duration.ofMillis(100)).ignoreException(IOException.class)
                .until(() -> http.send(HttpRequest.newBuilder(uri(port, path)).GET().build(), HttpResponse.BodyHandlers.ofString()), Objects::nonNull);
    }

    private HttpResponse<String> post(int port, String query) throws IOException, InterruptedException {
        var body = "{\"query\": \"" + query.replace("\"", "\\\"") + "\"}";
        return http.send(HttpRequest.newBuilder(uri(port, "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(port, path)).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
