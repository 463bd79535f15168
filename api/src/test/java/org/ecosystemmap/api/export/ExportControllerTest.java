package org.ecosystemmap.api.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecosystemmap.api.EcosystemMapApplication;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = EcosystemMapApplication.class, properties = "ecosystem.bundled-dataset.enabled=false")
@AutoConfigureMockMvc
@DisplayName("GET /export on the 2021 annual report")
class ExportControllerTest {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("ecosystem.neo4j.uri", () -> TestNeo4j.embedded().boltUri().toString());
    }

    @BeforeAll
    static void load() {
        TestNeo4j.clear();
        new Importer(TestNeo4j.graph()).importDataset(new ClasspathSource("datasets/jaarverslag-2021"), ImportOptions.DEFAULT);
    }

    @Test
    @DisplayName("writes the whole graph as GraphML that parses, with every entity a node and every attribute declared")
    void wholeGraphAsGraphMl() throws Exception {
        var response = export("/export?format=graphml");
        assertThat(response.getContentType()).startsWith("application/graphml+xml");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"ecosystem-map.graphml\"");

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
        var nodeIds = new HashSet<String>();
        var nodes = document.getElementsByTagNameNS(GRAPHML, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        assertThat(nodeIds).hasSize(nodes.getLength()).containsExactlyInAnyOrderElementsOf(entityIds()).contains("olvg", "techgrounds");

        var edges = document.getElementsByTagNameNS(GRAPHML, "edge");
        assertThat(edges.getLength()).isEqualTo(relationshipCount());
        for (int i = 0; i < edges.getLength(); i++) {
            var edge = (Element) edges.item(i);
            assertThat(nodeIds).contains(edge.getAttribute("source"), edge.getAttribute("target"));
        }
        var declared = new HashSet<String>();
        var keys = document.getElementsByTagNameNS(GRAPHML, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            declared.add(((Element) keys.item(i)).getAttribute("id"));
        }
        var data = document.getElementsByTagNameNS(GRAPHML, "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(declared).contains(((Element) data.item(i)).getAttribute("key"));
        }
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("<node id=\"olvg\"><data key=\"n_label\">OLVG</data><data key=\"n_kind\">Partner</data><data key=\"n_type\">HEALTHCARE</data>");
    }

    @Test
    @DisplayName("writes a neighbourhood with the arguments of the GraphQL query")
    void neighbourhoodAsGraphMl() throws Exception {
        var response = export("/export?format=graphml&id=olvg&asOf=2021");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"ecosystem-map-olvg.graphml\"");
        var xml = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(xml.split("<node ", -1)).hasSize(5);
        assertThat(xml).contains("<node id=\"gdi-samenwerkingsverband\">").doesNotContain("pilots-beschermende-kleding");
    }

    @Test
    @DisplayName("writes Kumu's elements and connections as two CSV files in a zip")
    void kumuCsv() throws Exception {
        var response = export("/export?format=csv&id=olvg&depth=2&kinds=PARTNER&kinds=INITIATIVE&kinds=COALITION");
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"ecosystem-map-olvg.zip\"");
        var files = kumuFiles(response);
        assertThat(files).containsOnlyKeys("elements.csv", "connections.csv");
        var elements = files.get("elements.csv");
        assertThat(elements.getFirst().getParser().getHeaderNames()).startsWith("ID", "Label", "Type", "Description", "Tags");
        assertThat(elements).extracting(r -> r.get("Type")).containsOnly("Partner", "Initiative", "Coalition");
        assertThat(elements).filteredOn(r -> r.get("ID").equals("olvg")).singleElement()
                .satisfies(r -> assertThat(r.get("Label") + " " + r.get("Tags")).isEqualTo("OLVG HEALTHCARE"));
        var ids = elements.stream().map(r -> r.get("ID")).toList();
        var connections = files.get("connections.csv");
        assertThat(connections.getFirst().getParser().getHeaderNames()).startsWith("From", "To", "Type", "Label");
        assertThat(connections).isNotEmpty().allSatisfy(r -> assertThat(ids).contains(r.get("From"), r.get("To")));
    }

    @Test
    @DisplayName("with lang=nl writes Kumu's types and tags as the explorer's Dutch labels")
    void kumuCsvInDutch() throws Exception {
        var files = kumuFiles(export("/export?format=csv&id=olvg&depth=2&kinds=PARTNER&kinds=INITIATIVE&kinds=COALITION&lang=nl"));
        assertThat(files.get("elements.csv")).extracting(r -> r.get("Type")).containsOnly("Partner", "Initiatief", "Coalitie");
        assertThat(files.get("elements.csv")).filteredOn(r -> r.get("ID").equals("olvg")).singleElement()
                .satisfies(r -> assertThat(r.get("Tags")).isEqualTo("zorginstelling"));
        assertThat(files.get("connections.csv")).extracting(r -> r.get("Type")).contains("neemt deel aan")
                .allSatisfy(type -> assertThat(type).matches("[a-z ]+"));
        expectBadRequest("/export?format=csv&lang=de", "lang must be en or nl, not \\\"de\\\"");
    }

    @Test
    @DisplayName("writes JSON with every node and edge")
    @SuppressWarnings("unchecked")
    void json() throws Exception {
        var response = export("/export?format=json");
        assertThat(response.getContentType()).isEqualTo("application/json");
        Map<String, Object> body = JsonMapper.builder().build().readValue(response.getContentAsByteArray(), Map.class);
        assertThat((List<?>) body.get("nodes")).hasSize(entityIds().size());
        assertThat((List<?>) body.get("edges")).hasSize(relationshipCount());
        assertThat((List<Map<String, Object>>) body.get("nodes")).filteredOn(n -> n.get("id").equals("techgrounds")).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("kind", "TALENT_PROGRAMME").containsEntry("name", "TechGrounds"));
    }

    @Test
    @DisplayName("refuses an unknown format, a depth above 4 and an unknown kind with 400 and the reason")
    void refusesBadRequests() throws Exception {
        expectBadRequest("/export?format=xls", "format must be one of graphml, csv, json, not \\\"xls\\\"");
        expectBadRequest("/export", "format is required");
        expectBadRequest("/export?format=json&id=olvg&depth=5", "depth must be between 1 and 4, not 5");
        expectBadRequest("/export?format=json&id=nobody", "no entity has the id \\\"nobody\\\"");
        expectBadRequest("/export?format=json&kinds=ANIMAL", "the kinds are PARTNER");
    }

    @Test
    @DisplayName("posted a list of ids, as the explorer does for what its map shows, writes exactly those and the relationships among them")
    void listedEntities() throws Exception {
        var response = mvc.perform(post("/export").contentType("application/x-www-form-urlencoded")
                .param("format", "json").param("ids", "tomas", "tomas-consortium", "gemeente-amsterdam", "no-such-id"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var json = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
        assertThat(json.at("/nodes").valueStream().map(n -> n.at("/id").asString()).toList())
                .containsExactlyInAnyOrder("tomas", "tomas-consortium", "gemeente-amsterdam");
        assertThat(json.at("/edges").valueStream().map(e -> e.at("/from").asString() + " " + e.at("/type").asString() + " " + e.at("/to").asString()).toList())
                .contains("tomas-consortium PART_OF tomas", "gemeente-amsterdam MEMBER_OF tomas-consortium")
                .allSatisfy(edge -> assertThat(edge).doesNotContain("amsterdam-economic-board"));
    }

    private static Map<String, List<CSVRecord>> kumuFiles(MockHttpServletResponse response) throws Exception {
        var files = new HashMap<String, List<CSVRecord>>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var csv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                files.put(entry.getName(), CSVFormat.RFC4180.builder().setHeader().get().parse(new InputStreamReader(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).getRecords());
            }
        }
        return files;
    }

    private MockHttpServletResponse export(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response;
    }

    private void expectBadRequest(String path, String message) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(message);
    }

    private static List<String> entityIds() {
        return TestNeo4j.graph().query("MATCH (n:Entity) RETURN n.id AS id", Map.of(), r -> r.get("id").asString());
    }

    private static int relationshipCount() {
        return TestNeo4j.graph().queryOne("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n", Map.of(), r -> r.get("n").asInt()).orElseThrow();
    }
}
