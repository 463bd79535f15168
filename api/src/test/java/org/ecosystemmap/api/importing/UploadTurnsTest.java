package org.ecosystemmap.api.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Uploads take turns: while one is being imported, another waits for its turn at most
 * {@code ecosystem.importer.upload-wait}, then is told to come back (429 with {@code Retry-After}), a 4xx a client
 * can act on, instead of piling up in memory and taking the processors from the readers.
 */
@DisplayName("Two uploads at once")
class UploadTurnsTest {

    private static final String DATASET = """
            {"dataset": "turns", "partners": [{"id": "acme", "name": "Acme", "type": "COMPANY"}]}
            """;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("the second is answered 429 with Retry-After while the first is imported, and is taken once it is done")
    void secondWaitsItsTurn() throws Exception {
        var properties = new HashMap<>(TestKeys.serverProperties(false));
        properties.put("ecosystem.importer.upload-wait", "1s");
        try (var server = RunningServer.start(properties)) {
            // The first upload is held inside its import: the import lock is taken here until released.
            var release = new CountDownLatch(1);
            var lockHeld = new CountDownLatch(1);
            var holder = CompletableFuture.runAsync(() -> TestNeo4j.graph().withLock("import", () -> {
                lockHeld.countDown();
                await().forever().until(() -> release.getCount() == 0);
                return null;
            }));
            lockHeld.await();
            var first = http.sendAsync(upload(server), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            await("the first upload waits for the import lock").atMost(Duration.ofMinutes(1)).until(UploadTurnsTest::anUploadWaitsForTheLock);

            var second = http.send(upload(server), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).contains("1");
            assertThat(second.body()).contains("Another upload is being imported");
            release.countDown();
            holder.get();
            assertThat(first.get().statusCode()).isEqualTo(200);
            assertThat(http.send(upload(server), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        }
    }

    private static boolean anUploadWaitsForTheLock() {
        return TestNeo4j.graph().queryOne("""
                SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH $lock RETURN count(*) AS waiting""",
                Map.of("lock", "MERGE (:" + EcosystemGraph.LOCK_LABEL), r -> r.get("waiting").asLong()).orElse(0L) > 0;
    }

    private static HttpRequest upload(RunningServer server) {
        var boundary = UUID.randomUUID().toString();
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"turns.json\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + DATASET + "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(server.uri("/datasets")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-API-Key", TestKeys.CURATOR).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
