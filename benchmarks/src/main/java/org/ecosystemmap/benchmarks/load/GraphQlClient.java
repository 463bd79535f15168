package org.ecosystemmap.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.ecosystemmap.benchmarks.scenario.Request;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL endpoint over HTTP/1.1 with keep-alive, as a browser or a backend would call it. An answer is an
 * error unless it is a 200 whose body holds data and no errors.
 */
public final class GraphQlClient implements QueryClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI endpoint;
    private final Map<String, String> headers;

    public GraphQlClient(URI endpoint) {
        this(endpoint, Map.of());
    }

    public GraphQlClient(URI endpoint, Map<String, String> headers) {
        this.endpoint = endpoint;
        this.headers = headers;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    @Override
    public void execute(Request request) throws IOException, InterruptedException {
        var response = send(request);
        var body = response.body();
        if (response.statusCode() != 200 || !body.startsWith("{\"data\"") && !body.startsWith("{\"errors\"") || body.contains("\"errors\":")) {
            throw new IOException("HTTP " + response.statusCode() + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** Sends the request and returns the answer as it came, whatever its status. */
    public HttpResponse<String> send(Request request) throws IOException, InterruptedException {
        return sendBody(JSON.writeValueAsString(Map.of("query", request.text(), "variables", request.variables())));
    }

    /** Sends a body as it is, for requests that are not well-formed GraphQL on purpose. */
    public HttpResponse<String> sendBody(String body) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        http.close();
    }
}
