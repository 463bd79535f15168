package org.ecosystemmap.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every HTTP error the API answers outside GraphQL, as docs/security.md lists them: each an RFC 9457 problem
 * detail with the status, its title and a detail that says what to change; never a 5xx for what a client sends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("HTTP errors")
class HttpErrorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RunningServer server;

    @BeforeAll
    void start() {
        var properties = TestKeys.serverProperties(false);
        properties.put("spring.servlet.multipart.max-file-size", "20KB");
        properties.put("spring.servlet.multipart.max-request-size", "20KB");
        server = RunningServer.start(properties);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** The response is a problem detail with this status, and its detail contains the text. */
    private static JsonNode problem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var body = JSON.readTree(response.body());
        assertThat(body.at("/status").asInt()).isEqualTo(status);
        assertThat(body.at("/title").asString()).isNotBlank();
        assertThat(body.at("/detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return body;
    }

    private HttpResponse<String> postGraphQl(String body, String... headers) {
        var request = HttpRequest.newBuilder(server.uri("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return server.send(request.build());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        var request = HttpRequest.newBuilder(server.uri(path)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return server.send(request.build());
    }

    @Nested
    @DisplayName("400 Bad Request")
    class BadRequest {

        @Test
        @DisplayName("a GraphQL body that is JSON null, not JSON, not an object, or without a query")
        void graphQlBodies() {
            problem(postGraphQl("null"), 400, "GraphQL wants a JSON object");
            problem(postGraphQl("{\"query\": "), 400, "GraphQL wants a JSON object");
            problem(postGraphQl("[]"), 400, "GraphQL wants a JSON object");
            problem(postGraphQl("{\"query\": null}"), 400, "query");
        }

        @Test
        @DisplayName("an export with a bad format, number or kind")
        void exportParameters() {
            problem(server.get("/export?format=xls"), 400, "format must be one of graphml, csv, json, not \"xls\"");
            problem(server.get("/export?format=json&depth=deep"), 400, "depth: \"deep\" is not a valid value");
            problem(server.get("/export?format=json&kinds=SHOP"), 400, "the kinds are PARTNER, INITIATIVE");
        }

        @Test
        @DisplayName("parameters that cannot be read: undecodable, or more than an export's thousand ids")
        void unreadableParameters() {
            problem(send("POST", "/export", "application/x-www-form-urlencoded", "format=%zz"), 400, "parameters cannot be read");
            var form = IntStream.range(0, 1200).mapToObj(i -> "ids=e" + i).collect(Collectors.joining("&", "format=json&", ""));
            problem(send("POST", "/export", "application/x-www-form-urlencoded", form), 400, "parameters cannot be read");
        }

        @Test
        @DisplayName("a Content-Type or Accept header that is no media type")
        void unreadableMediaTypes() {
            problem(send("POST", "/graphql", "application/json; charset=nope", "{\"query\":\"{ __typename }\"}"), 400, "not a media type");
            problem(postGraphQl("{\"query\":\"{ __typename }\"}", "Accept", ";;;"), 400, "not a media type");
        }

        @Test
        @DisplayName("what the servlet container refuses before the application reads it: an address climbing out of the root, a huge header")
        void refusedByTheContainer() {
            problem(server.send(HttpRequest.newBuilder(server.uri("/webjars/../../../etc/passwd")).GET().build()), 400, "refused the request");
            problem(server.send(HttpRequest.newBuilder(server.uri("/graphql")).header("X-Padding", "a".repeat(20_000)).GET().build()), 400,
                    "refused the request");
        }

        @Test
        @DisplayName("an upload of a file that is no dataset, without a file, or cut off")
        void uploads() {
            problem(server.upload(TestKeys.CURATOR, "notes.txt", "hello"), 400, ".zip of a CSV folder");
            var boundary = "b0undary";
            var request = HttpRequest.newBuilder(server.uri("/datasets")).header("X-API-Key", TestKeys.CURATOR)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n--"
                            + boundary + "--\r\n"));
            problem(server.send(request.build()), 400, "file");
            var broken = HttpRequest.newBuilder(server.uri("/datasets")).header("X-API-Key", TestKeys.CURATOR)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.json\"\r\n\r\n{"))
                    .build();
            problem(server.send(broken), 400, "not a readable multipart form");
        }
    }

    @Test
    @DisplayName("401 without a key where one is needed, or with a key that matches none; with WWW-Authenticate")
    void unauthorized() {
        var missing = problem(server.upload(null, "dataset.json", "{}"), 401, "This needs an API key");
        var wrong = postGraphQl("{\"query\":\"{ __typename }\"}", "X-API-Key", "typo");
        problem(wrong, 401, "The API key is not valid");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(missing.at("/instance").asString()).isEqualTo("/datasets");
    }

    @Test
    @DisplayName("403 with a key that lacks the role")
    void forbidden() {
        problem(server.upload(TestKeys.READER, "dataset.json", "{}"), 403, "does not have the role");
        var metrics = server.send(HttpRequest.newBuilder(server.uri("/actuator/metrics")).header("X-API-Key", TestKeys.CURATOR).build());
        problem(metrics, 403, "does not have the role");
    }

    @Test
    @DisplayName("404 for an address that is not there, /error itself included")
    void notFound() {
        problem(server.get("/no-such-page"), 404, "");
        problem(server.get("/error"), 404, "");
    }

    @Test
    @DisplayName("405 for a method an address does not take (HEAD answered without a body), with Allow")
    void methodNotAllowed() {
        var get = problem(server.send(HttpRequest.newBuilder(server.uri("/graphql")).GET().build()), 405, "GET");
        assertThat(get.at("/instance").asString()).isEqualTo("/graphql");
        var head = send("HEAD", "/graphql", null, null);
        assertThat(head.statusCode()).isEqualTo(405);
        assertThat(head.headers().firstValue("Allow")).hasValue("POST");
        var put = send("PUT", "/export", null, null);
        problem(put, 405, "PUT");
        assertThat(put.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    }

    @Test
    @DisplayName("406 for an Accept that GraphQL cannot answer")
    void notAcceptable() {
        problem(postGraphQl("{\"query\":\"{ __typename }\"}", "Accept", "text/html"), 406, "application/json");
    }

    @Test
    @DisplayName("413 for a GraphQL body over its cap, with or without a length, and for an upload over its cap")
    void contentTooLarge() {
        var huge = "{\"query\":\"{ search(text: \\\"" + "a".repeat(150_000) + "\\\") { totalCount } }\"}";
        problem(postGraphQl(huge), 413, "ecosystem.graphql.max-request-size");
        var chunked = HttpRequest.newBuilder(server.uri("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build();
        problem(server.send(chunked), 413, "ecosystem.graphql.max-request-size");
        problem(server.upload(TestKeys.CURATOR, "dataset.json", "{\"dataset\": \"" + "x".repeat(30_000) + "\"}"), 413,
                "spring.servlet.multipart.max-file-size");
    }

    @Test
    @DisplayName("415 for a body of a type an address does not read")
    void unsupportedMediaType() {
        problem(send("POST", "/graphql", "text/plain", "{ __typename }"), 415, "text/plain");
        var asCurator = HttpRequest.newBuilder(server.uri("/datasets")).header("X-API-Key", TestKeys.CURATOR)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        problem(server.send(asCurator), 415, "application/json");
    }
}
