package org.ecosystemmap.api.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.ecosystemmap.api.testing.ServerProcess;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.testing.ZipBomb;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /datasets} with a zip bomb (4 MB, one relationships.csv of almost 4 GiB on one line that the
 * zip declares as one kilobyte), to a server in a JVM of its own with a 512 MB heap: the upload is
 * rejected with the located problem, and the server goes on serving.
 */
@DisplayName("A zip bomb uploaded to the server")
class ZipBombUploadTest {

    private static final String CURATOR_KEY = "bomb-test-curator";

    @TempDir
    Path temp;

    @Test
    @DisplayName("is rejected with 422 and the problem located, and the server stays up")
    void isRejected() throws Exception {
        var bomb = ZipBomb.write(temp.resolve("bomb.zip"), "relationships.csv", "from,type,to\n", 4_095, true);
        // On the shared test database: what is at stake is the server JVM's heap, not a database of its own.
        try (var server = ServerProcess.start(temp.resolve("data"), ServerProcess.freePort(), "--ecosystem.bundled-dataset.enabled=false",
                "--ecosystem.neo4j.uri=" + TestNeo4j.embedded().boltUri(),
                "--ecosystem.security.api-keys[0].name=curator", "--ecosystem.security.api-keys[0].key=" + CURATOR_KEY,
                "--ecosystem.security.api-keys[0].roles=CURATOR")) {
            // On an external database the graph can be ready before the web server listens: wait for both.
            server.awaitOutput("Started EcosystemMapApplication", Duration.ofMinutes(3));
            server.awaitOutput("The graph is ready", Duration.ofMinutes(3));
            var http = HttpClient.newHttpClient();

            var response = http.send(upload(server, bomb), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            var problem = JsonMapper.builder().build().readTree(response.body()).at("/problems/0");
            assertThat(problem.at("/file").asString()).isEqualTo("relationships.csv");
            assertThat(problem.at("/line").asInt()).isEqualTo(2);
            assertThat(problem.at("/text").asString()).startsWith("relationships.csv:2: column from: the value is longer than 100,000 characters");
            assertThat(server.isAlive()).isTrue();
            assertThat(server.printed("OutOfMemoryError")).isFalse();
            var health = http.send(HttpRequest.newBuilder(server.uri("/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        }
    }

    private static HttpRequest upload(ServerProcess server, Path file) throws Exception {
        var boundary = UUID.randomUUID().toString();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bomb.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(server.uri("/datasets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-API-Key", CURATOR_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }
}
