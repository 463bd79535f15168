package org.ecosystemmap.api.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.ImportReport;
import org.ecosystemmap.importer.write.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

@DisplayName("Saved views")
class SavedViewsTest {

    static final String SAVE = """
            mutation($input: SavedViewInput!) { saveView(input: $input) { id name description url savedBy missingEntities
              map { focus year hideHubs hiddenKinds entities { id x y } relations { from type to } } } }""";
    static final String VIEW = """
            query($id: ID!) { view(id: $id) { id name description url savedAt missingEntities
              map { focus year hideHubs hiddenKinds entities { id x y } relations { from type to } } } }""";
    static final String VIEWS = """
            query($first: Int, $after: String) { views(first: $first, after: $after) { totalCount
              pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }""";

    /** A view of TOMAS with two of its partners, as the explorer's map saves it. */
    static Map<String, Object> tomasView(String name) {
        var map = new HashMap<String, Object>();
        map.put("focus", "tomas");
        map.put("year", 2021);
        map.put("hideHubs", true);
        map.put("hiddenKinds", List.of("PLACE"));
        map.put("entities", List.of(Map.of("id", "tomas", "x", 10.5, "y", -20.0), Map.of("id", "amsterdam-economic-board", "x", 120.0, "y", 40.0),
                Map.of("id", "gemeente-amsterdam", "x", -80.0, "y", 75.25)));
        map.put("relations", List.of(Map.of("from", "amsterdam-economic-board", "type", "RUNS", "to", "tomas")));
        return Map.of("name", name, "description", "Who runs TOMAS", "url", "/entity/tomas?year=2021&lang=nl", "map", map);
    }

    static String errorType(JsonNode response) {
        return response.at("/errors/0/extensions/classification").asString();
    }

    static long savedViewNodes(EcosystemGraph graph) {
        return graph.queryOne("MATCH (v:SavedView) RETURN count(v) AS n", Map.of(), r -> r.get("n").asLong()).orElseThrow();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("with API keys configured")
    class WithKeys {

        private RunningServer server;

        @BeforeAll
        void start() {
            server = RunningServer.start(TestKeys.serverProperties(false));
        }

        @AfterAll
        void stop() {
            server.close();
            TestNeo4j.clear();
        }

        @BeforeEach
        void sample() {
            TestNeo4j.clear();
            importSample(ImportOptions.DEFAULT);
        }

        private JsonNode save(String key, Map<String, Object> input) {
            return server.graphQlAs(key, SAVE, Map.of("input", input));
        }

        private String saved(String name) {
            var response = save(TestKeys.CURATOR, tomasView(name));
            assertThat(response.has("errors")).as("%s", response).isFalse();
            return response.at("/data/saveView/id").asString();
        }

        @Test
        @DisplayName("are saved by a curator and open as they were saved, with who saved them")
        void saveAndOpen() {
            var saved = save(TestKeys.CURATOR, tomasView("TOMAS and who runs it")).at("/data/saveView");
            assertThat(saved.at("/savedBy").asString()).isEqualTo("curator");

            var view = server.graphQl(VIEW, Map.of("id", saved.at("/id").asString())).at("/data/view");
            assertThat(view.at("/name").asString()).isEqualTo("TOMAS and who runs it");
            assertThat(view.at("/description").asString()).isEqualTo("Who runs TOMAS");
            assertThat(view.at("/url").asString()).isEqualTo("/entity/tomas?year=2021&lang=nl");
            assertThat(view.at("/missingEntities").size()).isZero();
            assertThat(view.at("/map/focus").asString()).isEqualTo("tomas");
            assertThat(view.at("/map/year").asInt()).isEqualTo(2021);
            assertThat(view.at("/map/hideHubs").asBoolean()).isTrue();
            assertThat(view.at("/map/hiddenKinds/0").asString()).isEqualTo("PLACE");
            assertThat(view.at("/map/entities").valueStream().map(e -> e.at("/id").asString() + "@" + e.at("/x").asDouble() + "," + e.at("/y").asDouble()))
                    .containsExactly("tomas@10.5,-20.0", "amsterdam-economic-board@120.0,40.0", "gemeente-amsterdam@-80.0,75.25");
            assertThat(view.at("/map/relations/0/type").asString()).isEqualTo("RUNS");
            assertThat(server.graphQl(VIEW, Map.of("id", "no-such-view")).at("/data/view").isNull()).isTrue();
        }

        @Test
        @DisplayName("are listed newest first, a page at a time with cursors")
        void paging() {
            var first = saved("first");
            var second = saved("second");
            var third = saved("third");

            var page = server.graphQl(VIEWS, Map.of("first", 2)).at("/data/views");
            assertThat(page.at("/totalCount").asInt()).isEqualTo(3);
            assertThat(page.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
            assertThat(page.at("/edges").valueStream().map(e -> e.at("/node/id").asString())).containsExactly(third, second);

            var next = server.graphQl(VIEWS, Map.of("first", 2, "after", page.at("/pageInfo/endCursor").asString())).at("/data/views");
            assertThat(next.at("/edges").valueStream().map(e -> e.at("/node/id").asString())).containsExactly(first);
            assertThat(next.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
            assertThat(errorType(server.graphQl(VIEWS, Map.of("first", 101)))).isEqualTo("BAD_REQUEST");
        }

        @Test
        @DisplayName("are deleted by a curator; the map's entities are not touched")
        void delete() {
            var id = saved("to delete");
            var graph = TestNeo4j.graph();
            long entities = graph.queryOne("MATCH (n:Entity) RETURN count(n) AS n", Map.of(), r -> r.get("n").asLong()).orElseThrow();

            assertThat(server.graphQlAs(TestKeys.CURATOR, "mutation($id: ID!) { deleteView(id: $id) }", Map.of("id", id)).at("/data/deleteView").asBoolean())
                    .isTrue();
            assertThat(server.graphQl(VIEW, Map.of("id", id)).at("/data/view").isNull()).isTrue();
            assertThat(server.graphQlAs(TestKeys.CURATOR, "mutation($id: ID!) { deleteView(id: $id) }", Map.of("id", id)).at("/data/deleteView").asBoolean())
                    .isFalse();
            assertThat(graph.queryOne("MATCH (n:Entity) RETURN count(n) AS n", Map.of(), r -> r.get("n").asLong()).orElseThrow()).isEqualTo(entities);
        }

        @Test
        @DisplayName("need a curator's key to be saved or deleted, and are refused without one with nothing written")
        void needACurator() {
            var id = saved("kept");
            var graph = TestNeo4j.graph();
            assertThat(errorType(save(null, tomasView("anonymous")))).isEqualTo("UNAUTHORIZED");
            assertThat(errorType(save(TestKeys.READER, tomasView("reader")))).isEqualTo("FORBIDDEN");
            assertThat(errorType(server.graphQlAs(TestKeys.READER, "mutation($id: ID!) { deleteView(id: $id) }", Map.of("id", id)))).isEqualTo("FORBIDDEN");
            assertThat(errorType(server.graphQlAs(null, "mutation($id: ID!) { deleteView(id: $id) }", Map.of("id", id)))).isEqualTo("UNAUTHORIZED");
            assertThat(savedViewNodes(graph)).isEqualTo(1);
            assertThat(server.graphQlAs(TestKeys.READER, VIEW, Map.of("id", id)).at("/data/view/name").asString()).isEqualTo("kept");
            assertThat(save(TestKeys.ADMIN, tomasView("admin")).has("errors")).isFalse();
        }

        @Test
        @DisplayName("refuse an address that leads off the explorer, a blank name and relationships to entities not in the view")
        void refuseBadInput() {
            for (var url : List.of("https://elsewhere.example/", "//elsewhere.example/x", "javascript:alert(1)", "/entity/a b")) {
                var input = new HashMap<>(tomasView("bad"));
                input.put("url", url);
                var response = save(TestKeys.CURATOR, input);
                assertThat(errorType(response)).as(url).isEqualTo("BAD_REQUEST");
                assertThat(response.at("/errors/0/message").asString()).contains("url must be an address of the explorer");
            }
            assertThat(errorType(save(TestKeys.CURATOR, tomasView(" ")))).isEqualTo("BAD_REQUEST");
            var input = new HashMap<>(tomasView("dangling"));
            @SuppressWarnings("unchecked")
            var map = new HashMap<>((Map<String, Object>) input.get("map"));
            map.put("relations", List.of(Map.of("from", "tomas", "type", "RUNS", "to", "olvg")));
            input.put("map", map);
            assertThat(save(TestKeys.CURATOR, input).at("/errors/0/message").asString()).contains("olvg", "not in map.entities");
            assertThat(savedViewNodes(TestNeo4j.graph())).isZero();
        }

        @Test
        @DisplayName("open with the entities deleted since named, not with an error; a re-import brings them back")
        void deletedEntity() {
            var id = saved("before the deletion");
            var deleted = server.graphQlAs(TestKeys.CURATOR, "mutation { deleteEntity(id: \"gemeente-amsterdam\") }", Map.of());
            assertThat(deleted.at("/data/deleteEntity").asBoolean()).isTrue();

            var view = server.graphQl(VIEW, Map.of("id", id));
            assertThat(view.has("errors")).isFalse();
            assertThat(view.at("/data/view/missingEntities").valueStream().map(JsonNode::asString)).containsExactly("gemeente-amsterdam");
            assertThat(view.at("/data/view/map/entities").size()).as("the view as it was saved").isEqualTo(3);

            importSample(ImportOptions.DEFAULT);
            assertThat(server.graphQl(VIEW, Map.of("id", id)).at("/data/view/missingEntities").size()).isZero();
        }

        @Test
        @DisplayName("are not entities: a re-import with prune leaves them and sees nothing to delete, and no listing, search or export shows them")
        void notEntities() {
            var id = saved("Gemeente Amsterdam overview");
            var report = importSample(new ImportOptions(false, true, Progress.NONE));
            assertThat(report.total().deleted()).as("deleted by the pruning re-import").isZero();
            assertThat(report.total().created()).isZero();
            assertThat(server.graphQl(VIEW, Map.of("id", id)).at("/data/view/name").asString()).isEqualTo("Gemeente Amsterdam overview");

            var search = server.graphQl("{ search(text: \"Gemeente Amsterdam overview\", first: 100) { edges { node { id } } } }");
            assertThat(search.at("/data/search/edges").valueStream().map(e -> e.at("/node/id").asString())).doesNotContain(id);
            assertThat(server.graphQl("{ entities(ids: [\"" + id + "\"]) { id } }").at("/data/entities").size()).isZero();
            assertThat(server.get("/export?format=json").body()).doesNotContain(id, "SavedView");
        }

        private ImportReport importSample(ImportOptions options) {
            return new Importer(TestNeo4j.graph()).importDataset(new ClasspathSource("datasets/sample"), options);
        }
    }

    @Nested
    @DisplayName("without API keys")
    class WithoutKeys {

        @TempDir
        Path dataDir;

        @Test
        @DisplayName("may be saved by anyone, and survive a restart of the server and its database")
        void anyoneAndRestart() {
            var properties = Map.of("ecosystem.neo4j.data-dir", dataDir.toString(), "ecosystem.bundled-dataset.enabled", "false");
            String id;
            try (var server = RunningServer.start(properties)) {
                var saved = server.graphQl(SAVE, Map.of("input", tomasView("saved without a key")));
                assertThat(saved.has("errors")).as("%s", saved).isFalse();
                assertThat(saved.at("/data/saveView/savedBy").isNull()).isTrue();
                id = saved.at("/data/saveView/id").asString();
            }
            try (var restarted = RunningServer.start(properties)) {
                var view = restarted.graphQl(VIEW, Map.of("id", id)).at("/data/view");
                assertThat(view.at("/name").asString()).isEqualTo("saved without a key");
                assertThat(view.at("/missingEntities").valueStream().map(JsonNode::asString))
                        .as("an empty graph holds none of its entities").containsExactlyInAnyOrder("tomas", "amsterdam-economic-board", "gemeente-amsterdam");
                assertThat(restarted.graphQl(VIEWS, Map.of()).at("/data/views/totalCount").asInt()).isEqualTo(1);
            }
        }
    }
}
