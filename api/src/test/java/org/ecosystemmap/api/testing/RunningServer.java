package org.ecosystemmap.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecosystemmap.api.EcosystemMapApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application started as a user starts it, on free ports, spoken to over real HTTP. Closing a server
 * from {@link #start} stops it, so a test can start it again on the same data folder; a server from
 * {@link #shared} is shared by the tests that ask for the same properties, as Spring's test context cache
 * shares a context, and stops when the test JVM exits.
 */
public final class RunningServer implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Map<String, String>, RunningServer> SHARED = new HashMap<>();

    private final ConfigurableApplicationContext context;
    private final boolean shared;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private RunningServer(ConfigurableApplicationContext context, boolean shared) {
        this.context = context;
        this.shared = shared;
    }

    /** Starts the application with these properties (besides free HTTP and Bolt ports), for this test alone. */
    public static RunningServer start(Map<String, String> properties) {
        return new RunningServer(run(properties), false);
    }

    /**
     * The application with these properties, started by the first test that asks for them and kept for every
     * later one that asks for the same (Spring stops it when the JVM exits). A test that uses it leaves the
     * database as it found it and changes no state of the server's own; for a server with other properties, or
     * one a test stops or restarts, use {@link #start}.
     */
    public static synchronized RunningServer shared(Map<String, String> properties) {
        return SHARED.computeIfAbsent(Map.copyOf(properties), key -> new RunningServer(run(key), true));
    }

    private static ConfigurableApplicationContext run(Map<String, String> properties) {
        var args = new ArrayList<>(List.of("--server.port=0", "--ecosystem.neo4j.bolt-port=0"));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return SpringApplication.run(EcosystemMapApplication.class, args.toArray(String[]::new));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path);
    }

    /** POSTs a GraphQL query to /graphql and returns the whole response body. */
    public JsonNode graphQl(String query) {
        return graphQl(query, Map.of());
    }

    public JsonNode graphQl(String query, Map<String, Object> variables) {
        return graphQlAs(null, query, variables);
    }

    /** POSTs a GraphQL query with an API key ({@code X-API-Key}); no key when {@code apiKey} is null. */
    public JsonNode graphQlAs(String apiKey, String query, Map<String, Object> variables) {
        var body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        var request = HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return JSON.readTree(send(request.build()).body());
    }

    /** POSTs a file to /datasets as a multipart form, with an API key ({@code X-API-Key}); no key when {@code apiKey} is null. */
    public HttpResponse<String> upload(String apiKey, String fileName, String content) {
        var boundary = UUID.randomUUID().toString();
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        var request = HttpRequest.newBuilder(uri("/datasets")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return send(request.build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops a server from {@link #start}; a shared one outlives the test that closes it. */
    @Override
    public void close() {
        if (!shared) {
            context.close();
        }
    }
}
