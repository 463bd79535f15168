package org.ecosystemmap.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.connection.GraphEdge;
import org.ecosystemmap.graphql.connection.Subgraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Text that a spreadsheet would run as a formula")
class FormulaInjectionTest {

    private static final String CALC = "=cmd|' /C calc'!A0";

    private static final Subgraph SUBGRAPH = new Subgraph(List.of(
            node("evil", CALC, "+1 and more"),
            node("plain", "Plain - with a dash inside", "@SUM(A1:A9)"),
            node("tabbed", "\tTabbed", "\rReturned")),
            List.of(new GraphEdge("evil", "plain", "CONNECTED_TO", "-2+3", 2019, null, List.of(), null, false)), false);

    private static EntityNode node(String id, String name, String description) {
        return new EntityNode(id, EntityKind.PARTNER, name, List.of(), description, List.of(), null, false, null,
                Map.of("id", id, "name", name, "description", description, "type", "COMPANY"));
    }

    @Test
    @DisplayName("is made plain text in Kumu's CSV files, with a leading quote as OWASP recommends; other text and numbers stay")
    void neutralisedInCsv() throws Exception {
        var files = csvFiles();

        var elements = files.get("elements.csv");
        assertThat(elements).extracting(r -> r.get("Label"))
                .containsExactly("'" + CALC, "Plain - with a dash inside", "'\tTabbed");
        assertThat(elements).extracting(r -> r.get("Description")).containsExactly("'+1 and more", "'@SUM(A1:A9)", "'\rReturned");
        var connection = files.get("connections.csv").getFirst();
        assertThat(connection.get("Label")).isEqualTo("'-2+3");
        assertThat(connection.get("Since")).isEqualTo("2019");
    }

    @Test
    @DisplayName("stays exact in GraphML and JSON, which no spreadsheet runs")
    void exactElsewhere() throws Exception {
        assertThat(written(ExportFormat.GRAPHML)).contains(">" + CALC + "<", ">+1 and more<", ">-2+3<");
        assertThat(written(ExportFormat.JSON)).contains("\"" + CALC + "\"", "\"+1 and more\"", "\"-2+3\"");
    }

    private static byte[] bytes(ExportFormat format) throws Exception {
        var out = new ByteArrayOutputStream();
        format.writer(null).write(SUBGRAPH, out);
        return out.toByteArray();
    }

    private static String written(ExportFormat format) throws Exception {
        return new String(bytes(format), StandardCharsets.UTF_8);
    }

    private static Map<String, List<CSVRecord>> csvFiles() throws Exception {
        var files = new HashMap<String, List<CSVRecord>>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes(ExportFormat.CSV)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var csv = zip.readAllBytes();
                files.put(entry.getName(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)).getRecords());
            }
        }
        return files;
    }
}
