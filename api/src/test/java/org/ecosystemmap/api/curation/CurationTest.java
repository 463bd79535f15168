package org.ecosystemmap.api.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Curators' mutations")
class CurationTest {

    static final String CURATOR = TestKeys.CURATOR;
    static final String READER = TestKeys.READER;
    static final String ADMIN = TestKeys.ADMIN;

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
    void sample() {
        TestNeo4j.clear();
        new Importer(TestNeo4j.graph()).importDataset(new ClasspathSource("datasets/sample"), ImportOptions.DEFAULT);
    }

    private static final String UPSERT = """
            mutation($input: EntityInput!) { upsertEntity(input: $input) { id name kind dataset sources { document lines }
              ... on Partner { type website } } }""";

    private JsonNode upsert(String key, Map<String, Object> input) {
        return server.graphQlAs(key, UPSERT, Map.of("input", input));
    }

    private static String errorType(JsonNode response) {
        return response.at("/errors/0/extensions/classification").asString();
    }

    @Test
    @DisplayName("are refused without a curator key, and change nothing")
    void needACurator() {
        var before = GraphDump.of(TestNeo4j.graph());
        var input = Map.<String, Object>of("id", "acme", "kind", "PARTNER", "name", "Acme", "type", "COMPANY");
        assertThat(errorType(upsert(null, input))).isEqualTo("UNAUTHORIZED");
        assertThat(errorType(upsert(READER, input))).isEqualTo("FORBIDDEN");
        assertThat(errorType(server.graphQlAs(READER, "mutation { deleteEntity(id: \"olvg\") }", Map.of()))).isEqualTo("FORBIDDEN");
        assertThat(GraphDump.of(TestNeo4j.graph())).isEqualTo(before);
    }

    @Test
    @DisplayName("create and update entities with the importer's rules, and record who did it")
    void upsertAndAudit() {
        var created = upsert(CURATOR, Map.of("id", "acme", "kind", "PARTNER", "name", "Acme", "type", "COMPANY",
                "website", "https://acme.example", "sources", List.of("jaarverslag-2021.txt#L1-L2")));
        assertThat(created.has("errors")).isFalse();
        assertThat(created.at("/data/upsertEntity/type").asString()).isEqualTo("COMPANY");
        assertThat(created.at("/data/upsertEntity/dataset").asString()).isEqualTo("curation");
        assertThat(created.at("/data/upsertEntity/sources/0/lines").asString()).isEqualTo("1-2");

        var updated = upsert(CURATOR, Map.of("id", "olvg", "kind", "PARTNER", "name", "OLVG", "type", "HEALTHCARE"));
        assertThat(updated.at("/data/upsertEntity/dataset").asString()).as("an edit keeps the dataset").isEqualTo("sample");
        assertThat(server.graphQl("{ search(text: \"acme\") { edges { node { id } } } }").at("/data/search/edges/0/node/id").asString())
                .isEqualTo("acme");

        var trail = server.graphQlAs(ADMIN, "{ auditTrail(first: 5) { totalCount edges { node { at actor action target detail } } } }", Map.of());
        assertThat(trail.at("/data/auditTrail/edges/0/node/action").asString()).isEqualTo("upsertEntity");
        assertThat(trail.at("/data/auditTrail/edges/0/node/target").asString()).isEqualTo("olvg");
        assertThat(trail.at("/data/auditTrail/edges/0/node/actor").asString()).isEqualTo("curator");
        assertThat(trail.at("/data/auditTrail/edges/1/node/detail").asString()).isEqualTo("created a Partner");
        assertThat(errorType(server.graphQlAs(CURATOR, "{ auditTrail { totalCount } }", Map.of()))).isEqualTo("FORBIDDEN");
    }

    @Test
    @DisplayName("refuse a bad entity with every problem named, and write nothing")
    void refuseBadEntities() {
        var before = GraphDump.of(TestNeo4j.graph());
        var response = upsert(CURATOR, Map.of("id", "Bad Id", "kind", "PARTNER", "name", "Bad", "type", "COMPNY", "startYear", 2021));
        assertThat(errorType(response)).isEqualTo("BAD_REQUEST");
        assertThat(response.at("/errors/0/message").asString())
                .contains("a Partner has no startYear")
                .contains("id: \"Bad Id\" is not an id")
                .contains("type: unknown value \"COMPNY\"").contains("did you mean \"COMPANY\"");
        assertThat(errorType(upsert(CURATOR, Map.of("id", "tomas", "kind", "PARTNER", "name", "TOMAS", "type", "COMPANY"))))
                .isEqualTo("BAD_REQUEST");
        assertThat(GraphDump.of(TestNeo4j.graph())).isEqualTo(before);
    }

    @Test
    @DisplayName("link and unlink within the relationship types' rules, and delete entities")
    void linkUnlinkDelete() {
        var link = """
                mutation($input: RelationInput!) { link(input: $input) { type direction role since other { id } } }""";
        var linked = server.graphQlAs(CURATOR, link, Map.of("input", Map.of("from", "olvg", "type", "PARTNER_IN", "to", "tomas",
                "role", "pilot partner", "since", 2022)));
        assertThat(linked.at("/data/link/other/id").asString()).isEqualTo("tomas");
        assertThat(linked.at("/data/link/role").asString()).isEqualTo("pilot partner");

        var wrongEnds = server.graphQlAs(CURATOR, link, Map.of("input", Map.of("from", "tomas", "type", "WORKS_AT", "to", "olvg")));
        assertThat(wrongEnds.at("/errors/0/message").asString()).contains("WORKS_AT cannot join an Initiative (tomas) to a Partner (olvg)");
        var unknown = server.graphQlAs(CURATOR, link, Map.of("input", Map.of("from", "olvg", "type", "PARTNER_INN", "to", "tomas")));
        assertThat(unknown.at("/errors/0/message").asString()).contains("unknown relationship type \"PARTNER_INN\"").contains("did you mean \"PARTNER_IN\"");

        var unlink = "mutation { unlink(from: \"olvg\", type: \"PARTNER_IN\", to: \"tomas\") }";
        assertThat(server.graphQlAs(CURATOR, unlink, Map.of()).at("/data/unlink").asBoolean()).isTrue();
        assertThat(server.graphQlAs(CURATOR, unlink, Map.of()).at("/data/unlink").asBoolean()).isFalse();

        assertThat(server.graphQlAs(CURATOR, "mutation { deleteEntity(id: \"olvg\") }", Map.of()).at("/data/deleteEntity").asBoolean()).isTrue();
        assertThat(server.graphQl("{ entity(id: \"olvg\") { id } }").at("/data/entity").isNull()).isTrue();
    }
}
