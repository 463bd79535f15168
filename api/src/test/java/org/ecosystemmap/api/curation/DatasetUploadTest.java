package org.ecosystemmap.api.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Uploading a dataset to the running server")
class DatasetUploadTest {

    private static final String DATASET = """
            {
              "dataset": "uploaded",
              "partners": [
                {"id": "acme", "name": "Acme", "type": "COMPANY"},
                {"id": "gemeente-x", "name": "Gemeente X", "type": "GOVERNMENT"}
              ],
              "initiatives": [{"id": "pilot-x", "name": "Pilot X", "type": "PILOT"}],
              "relationships": [
                {"from": "acme", "type": "PARTNER_IN", "to": "pilot-x", "role": "lead"},
                {"from": "gemeente-x", "type": "FUNDS", "to": "pilot-x"}
              ]
            }
            """;

    private RunningServer server;

    @BeforeAll
    void start() {
        server = RunningServer.shared(TestKeys.serverProperties(false));
    }

    @AfterAll
    void stop() {
        TestNeo4j.clear();
    }

    @BeforeEach
    void empty() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("imports it for a curator and reports the changes; a second upload changes nothing")
    void importsForACurator() {
        var first = upload(TestKeys.CURATOR, "dataset.json", DATASET);
        assertThat(first.statusCode()).isEqualTo(200);
        var report = JsonMapper.builder().build().readTree(first.body());
        assertThat(report.at("/dataset").asString()).isEqualTo("uploaded");
        assertThat(report.at("/counts/partners/created").asInt()).isEqualTo(2);
        assertThat(report.at("/counts/relationships/created").asInt()).isEqualTo(2);
        assertThat(server.graphQl("{ entity(id: \"pilot-x\") { ... on Initiative { partners { id } } } }")
                .at("/data/entity/partners").valueStream().map(p -> p.at("/id").asString()).toList()).containsExactly("acme", "gemeente-x");

        var again = JsonMapper.builder().build().readTree(upload(TestKeys.CURATOR, "dataset.json", DATASET).body());
        assertThat(again.at("/counts/partners/unchanged").asInt()).isEqualTo(2);
        var trail = server.graphQlAs(TestKeys.ADMIN, "{ auditTrail(first: 5) { edges { node { actor action target } } } }", Map.of());
        assertThat(trail.at("/data/auditTrail/edges").size()).as("an unchanged upload records nothing").isEqualTo(1);
        assertThat(trail.at("/data/auditTrail/edges/0/node/actor").asString()).isEqualTo("curator");
        assertThat(trail.at("/data/auditTrail/edges/0/node/action").asString()).isEqualTo("import");
    }

    @Test
    @DisplayName("answers with the import's bookmarks, which a later read may send back")
    void carriesBookmarks() {
        var uploaded = upload(TestKeys.CURATOR, "dataset.json", DATASET);
        var bookmarks = uploaded.headers().firstValue("X-Neo4j-Bookmarks").orElseThrow();
        assertThat(bookmarks).isNotBlank();

        var read = server.send(HttpRequest.newBuilder(server.uri("/graphql")).header("Content-Type", "application/json")
                .header("X-Neo4j-Bookmarks", bookmarks)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ entity(id: \\\"acme\\\") { name } }\"}")).build());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("Acme");
        assertThat(read.headers().firstValue("X-Neo4j-Bookmarks"))
                .as("on one server every read sees every write: GraphQL answers carry bookmarks only in a cluster (ExternalServerTest)")
                .isEmpty();
    }

    @Test
    @DisplayName("refuses readers and anonymous users, and unsupported files")
    void refusesTheUnauthorised() {
        assertThat(upload(null, "dataset.json", DATASET).statusCode()).isEqualTo(401);
        assertThat(upload(TestKeys.READER, "dataset.json", DATASET).statusCode()).isEqualTo(403);
        var csv = upload(TestKeys.CURATOR, "partners.csv", "id,name,type\nacme,Acme,COMPANY\n");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.body()).contains(".zip of a CSV folder");
        assertThat(GraphDump.of(TestNeo4j.graph())).isEmpty();
    }

    @Test
    @DisplayName("rejects a broken dataset with 422, every problem located, and writes nothing")
    void rejectsBrokenDatasets() {
        var broken = DATASET.replace("\"COMPANY\"", "\"COMPNY\"").replace("\"to\": \"pilot-x\", \"role\"", "\"to\": \"pilot-y\", \"role\"");
        var response = upload(TestKeys.CURATOR, "dataset.json", broken);
        assertThat(response.statusCode()).isEqualTo(422);
        var body = JsonMapper.builder().build().readTree(response.body());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body.at("/status").asInt()).isEqualTo(422);
        assertThat(body.at("/detail").asString()).contains("rejected with 2 problems; nothing was written");
        assertThat(body.at("/problems").valueStream().map(p -> p.at("/text").asString()).toList())
                .anyMatch(text -> text.startsWith("dataset.json:4:") && text.contains("COMPNY"))
                .anyMatch(text -> text.contains("pilot-y"));
        assertThat(GraphDump.of(TestNeo4j.graph())).isEmpty();
    }

    private HttpResponse<String> upload(String apiKey, String fileName, String content) {
        return server.upload(apiKey, fileName, content);
    }
}
