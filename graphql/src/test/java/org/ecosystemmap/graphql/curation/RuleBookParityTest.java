package org.ecosystemmap.graphql.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.FolderSource;
import org.ecosystemmap.importer.testing.DatasetFixtures;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same facts written twice, once as a CSV dataset through the importer and once by a curator through
 * {@code upsertEntity} and {@code link}, must leave the same nodes and relationships, property by property:
 * both go through the one rule book.
 */
@DisplayName("The rule book")
class RuleBookParityTest {

    private static final Principal CURATOR = () -> "curator";
    private static final String SECTIONS = """
            document,from,to,section,url
            report.txt,1,100,Programmes,https://example.org/programmes
            report.txt,10,20,Programmes › TechConnect,
            """;

    private static final List<EntityInput> ENTITIES = List.of(
            entity("techconnect", EntityKind.INITIATIVE, "TechConnect", b -> b.set("aliases", List.of("Tech Connect", "TC"))
                    .set("description", "Brings people into tech.\nA second line.").set("sources", List.of("report.txt#L12-L14", "report.txt#L50"))
                    .set("type", "PROGRAMME").set("status", "ACTIVE").set("website", "https://techconnect.city/").set("startYear", 2019).set("endYear", 2023)),
            entity("orientatie-dag", EntityKind.EVENT, "Oriëntatiedag", b -> b.set("date", "2021-10-05").set("format", "HYBRID").set("attendance", 120)
                    .set("sources", List.of("report.txt#L15")).set("quote", "Een dag vol oriëntatie.").set("inferred", true)),
            entity("board", EntityKind.PARTNER, "Amsterdam Economic Board", b -> b.set("type", "NETWORK").set("aliases", List.of("AEB"))),
            entity("tech-fund", EntityKind.FUNDING, "Tech fund", b -> b.set("amount", 326000.5).set("funder", "EFRO").set("outcome", "GRANTED").set("year", 2021)),
            entity("talent-coalition", EntityKind.COALITION, "Talent coalition", b -> b.set("type", "COALITION").set("size", 60)
                    .set("sizeNote", "more than 60 signatories")),
            entity("techconnect-goal", EntityKind.GOAL, "TechConnect goal 1", b -> b.set("goalType", "TARGET").set("year", 2021).set("number", "1")
                    .set("planned", "Reach 500 people.").set("result", "Reached 650 people.").set("status", "ACHIEVED")));

    private static final List<RelationInput> RELATIONSHIPS = List.of(
            new RelationInput("board", "RUNS", "techconnect", "lead", 2019, 2023, List.of("report.txt#L11"), "De Board leidt.", false),
            new RelationInput("tech-fund", "FUNDS", "techconnect", null, null, null, List.of("report.txt#L99"), null, null),
            new RelationInput("board", "MEMBER_OF", "talent-coalition", "founder", 2020, null, null, null, true),
            new RelationInput("techconnect", "HAS_GOAL", "techconnect-goal", null, null, null, null, null, null),
            new RelationInput("board", "PARTNER_IN", "orientatie-dag", "host", null, null, null, null, null));

    @TempDir
    Path temp;

    @AfterAll
    static void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("gives an import and a curator's mutations the same nodes and relationships, property by property")
    void importAndCurationAgree() {
        var graph = TestNeo4j.graph();
        var importer = new Importer(graph);

        TestNeo4j.clear();
        importer.importDataset(new FolderSource(dataset(), "parity"), ImportOptions.DEFAULT);
        var imported = dump();

        TestNeo4j.clear();
        var sectionsOnly = folder("sections-only");
        DatasetFixtures.write(sectionsOnly.resolve("sections.csv"), SECTIONS);
        importer.importDataset(new FolderSource(sectionsOnly, "parity"), ImportOptions.DEFAULT);
        var curation = new CurationController(graph);
        ENTITIES.forEach(input -> curation.upsertEntity(input, CURATOR));
        RELATIONSHIPS.forEach(input -> curation.link(input, CURATOR));
        var curated = dump();

        assertThat(curated).isEqualTo(imported);
        assertThat(imported).as("derived by the rules on both ways")
                .anySatisfy(line -> assertThat(line).contains("id=orientatie-dag").contains("year=2021").contains("nameKeys=[orientatiedag]"))
                .anySatisfy(line -> assertThat(line).contains("id=techconnect")
                        .contains("report.txt#L12-L14 §Programmes › TechConnect")
                        .contains("report.txt#L50 §Programmes <https://example.org/programmes>"));
    }

    /** The facts as a CSV dataset folder: one file per kind, written from the same texts the mutations get. */
    private Path dataset() {
        var folder = folder("parity");
        DatasetFixtures.write(folder.resolve("sections.csv"), SECTIONS);
        var byKind = new LinkedHashMap<EntityKind, List<Map<String, String>>>();
        ENTITIES.forEach(input -> byKind.computeIfAbsent(input.kind(), k -> new ArrayList<>()).add(input.asDatasetTexts()));
        byKind.forEach((kind, rows) -> DatasetFixtures.write(folder.resolve(kind.table() + ".csv"), csv(rows)));
        var relationships = new ArrayList<Map<String, String>>();
        for (var input : RELATIONSHIPS) {
            var row = new LinkedHashMap<String, String>();
            row.put("from", input.from());
            row.put("type", input.type());
            row.put("to", input.to());
            row.putAll(input.asDatasetTexts());
            relationships.add(row);
        }
        DatasetFixtures.write(folder.resolve("relationships.csv"), csv(relationships));
        return folder;
    }

    private Path folder(String name) {
        try {
            return Files.createDirectories(temp.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(List<Map<String, String>> rows) {
        var columns = new LinkedHashSet<String>();
        rows.forEach(row -> columns.addAll(row.keySet()));
        var text = new StringBuilder(String.join(",", columns)).append('\n');
        for (var row : rows) {
            text.append(columns.stream().map(c -> quoted(row.getOrDefault(c, ""))).collect(Collectors.joining(","))).append('\n');
        }
        return text.toString();
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    /** Every node and relationship with its labels and properties, leaving out the dataset that wrote it. */
    private static List<String> dump() {
        var graph = TestNeo4j.graph();
        var nodes = graph.query("""
                MATCH (n) WHERE NOT n:AuditEntry
                RETURN labels(n) AS labels, properties(n) AS properties""", Map.of(),
                r -> "node " + r.get("labels").asList(v -> v.asString()).stream().sorted().toList() + " " + withoutDataset(r.get("properties").asMap()));
        var relationships = graph.query("""
                MATCH (a)-[r]->(b)
                RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties""", Map.of(),
                r -> "rel " + r.get("from").asString() + " " + r.get("type").asString() + " " + r.get("to").asString() + " "
                        + withoutDataset(r.get("properties").asMap()));
        var all = new ArrayList<>(nodes);
        all.addAll(relationships);
        return all.stream().sorted().toList();
    }

    private static Map<String, Object> withoutDataset(Map<String, Object> properties) {
        var kept = new TreeMap<>(properties);
        kept.remove("dataset");
        return kept;
    }

    private static EntityInput entity(String id, EntityKind kind, String name, UnaryOperator<Facts> facts) {
        return facts.apply(new Facts(id, kind, name)).input();
    }

    /** An {@link EntityInput} built field by field, the fields left out null. */
    private static final class Facts {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Facts(String id, EntityKind kind, String name) {
            fields.put("id", id);
            fields.put("kind", kind);
            fields.put("name", name);
        }

        Facts set(String field, Object value) {
            fields.put(field, value);
            return this;
        }


        EntityInput input() {
            var f = fields;
            return new EntityInput((String) f.get("id"), (EntityKind) f.get("kind"), (String) f.get("name"), list(f.get("aliases")),
                    (String) f.get("description"), list(f.get("sources")), (String) f.get("quote"), (Boolean) f.get("inferred"),
                    (String) f.get("type"), (String) f.get("status"), (String) f.get("website"), (Integer) f.get("startYear"),
                    (Integer) f.get("endYear"), (Integer) f.get("year"), (Integer) f.get("size"), (String) f.get("sizeNote"),
                    (String) f.get("goalType"), (String) f.get("number"), (String) f.get("planned"), (String) f.get("result"),
                    (Double) f.get("amount"), (String) f.get("funder"), (String) f.get("outcome"), (String) f.get("date"),
                    (String) f.get("format"), (Integer) f.get("attendance"));
        }

        @SuppressWarnings("unchecked")
        private static List<String> list(Object value) {
            return (List<String>) value;
        }
    }
}
