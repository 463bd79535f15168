package org.ecosystemmap.importer.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecosystemmap.importer.testing.DatasetFixtures.append;
import static org.ecosystemmap.importer.testing.DatasetFixtures.copy;
import static org.ecosystemmap.importer.testing.DatasetFixtures.replace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.merge.MergedIds;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.FolderSource;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.testing.DatasetFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Importing a dataset into the graph")
class ImporterTest {

    private final EcosystemGraph graph = TestNeo4j.graph();
    private final Importer importer = new Importer(graph);

    @TempDir
    Path temp;

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    private ImportReport importSample(String folderName, ImportOptions options) {
        return importer.importDataset(new FolderSource(temp.resolve(folderName), "sample"), options);
    }

    @Test
    @DisplayName("creates every entity and relationship with its properties and provenance")
    void createsEverything() {
        copy("sample", temp, "sample");
        var report = importSample("sample", ImportOptions.DEFAULT);

        assertThat(report.of("partners").created()).isEqualTo(9);
        assertThat(report.of("initiatives").created()).isEqualTo(5);
        assertThat(report.of("relationships").created()).isEqualTo(18);
        var tomas = graph.queryOne("MATCH (n:Entity:Initiative {id: 'tomas'}) RETURN properties(n) AS p", Map.of(),
                r -> r.get("p").asMap()).orElseThrow();
        assertThat(tomas).containsEntry("name", "TOMAS")
                .containsEntry("type", "INITIATIVE")
                .containsEntry("startYear", 2021L)
                .containsEntry("dataset", "sample")
                .containsEntry("aliases", List.of("Talent Ontwikkeling Match & Select", "Talent Ecosysteem Gids"));
        assertThat(tomas.get("sources")).isEqualTo(List.of(
                "jaarverslag-2021.txt#L62-L80 §Voorwoord",
                "jaarverslag-2021.txt#L587-L597 §TOMAS <https://amsterdameconomicboard.com/initiatief/tomas-talent-ontwikkeling-match-select/>"));
        var membership = graph.queryOne("""
                MATCH (:Partner {id: 'gemeente-amsterdam'})-[r:MEMBER_OF]->(:Coalition {id: 'tomas-consortium'})
                RETURN properties(r) AS p""", Map.of(), r -> r.get("p").asMap()).orElseThrow();
        assertThat(membership).containsEntry("role", "consortium partner").containsEntry("since", 2021L)
                .containsEntry("dataset", "sample")
                .containsEntry("quote", "Samenwerkingsconsortium gevormd met gemeente Amsterdam")
                .containsEntry("sources", List.of("jaarverslag-2021.txt#L629-L631 §TOMAS › Resultaten 2021"));
    }

    @Test
    @DisplayName("maps the rows of an id a curator merged into another onto the kept entity, in a dry run as in an import, and says which")
    void mapsMergedIds() {
        copy("sample", temp, "sample");
        importSample("sample", ImportOptions.DEFAULT);
        // What mergeEntities leaves: the merged entity gone (its one relationship is one the kept entity has), its id leading to the kept one.
        graph.write(tx -> {
            tx.run("MATCH (m:Entity {id: 'mra-bureau'}) DETACH DELETE m").consume();
            MergedIds.record(tx, "gemeente-amsterdam", Map.of("mra-bureau", "MRA Bureau"));
            return null;
        });

        var dryRun = importSample("sample", new ImportOptions(true, false, Progress.NONE));
        var report = importSample("sample", ImportOptions.DEFAULT);

        for (var run : List.of(dryRun, report)) {
            assertThat(run.of("partners").created()).as("mra-bureau not brought back").isZero();
            assertThat(run.warnings()).extracting(Problem::toString).contains(
                    "partners.csv:6: column id: \"mra-bureau\" was merged into \"gemeente-amsterdam\": this row is not imported again, "
                            + "and the rows that name \"mra-bureau\" are imported onto \"gemeente-amsterdam\"",
                    "relationships.csv:5: mra-bureau -MEMBER_OF-> tomas-consortium names an entity merged into another "
                            + "(mra-bureau into gemeente-amsterdam); left out: another row already gives gemeente-amsterdam -MEMBER_OF-> tomas-consortium");
        }
        assertThat(graph.query("MATCH (n:Entity {id: 'mra-bureau'}) RETURN n.id AS id", Map.of(), r -> r.get("id").asString())).isEmpty();
        assertThat(graph.query("""
                MATCH (:Entity {id: 'gemeente-amsterdam'})-[r:MEMBER_OF]->(:Entity {id: 'tomas-consortium'}) RETURN r.role AS role""",
                Map.of(), r -> r.get("role").asString())).containsExactly("consortium partner");
    }

    @Test
    @DisplayName("changes nothing when the same dataset is imported again")
    void isIdempotent() {
        copy("sample", temp, "sample");
        importSample("sample", ImportOptions.DEFAULT);
        var before = GraphDump.of(graph);

        var again = importSample("sample", ImportOptions.DEFAULT);

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.total().unchanged()).isEqualTo(9 + 5 + 2 + 1 + 18);
        assertThat(GraphDump.of(graph)).isEqualTo(before);
    }

    @Test
    @DisplayName("writes only what changed, and removes properties a row no longer gives")
    void writesTheDifference() {
        var folder = copy("sample", temp, "sample");
        importSample("sample", ImportOptions.DEFAULT);
        replace(folder.resolve("partners.csv"), "Health technology company;", "Health technology company from Eindhoven;");
        replace(folder.resolve("initiatives.csv"), "INITIATIVE,ACTIVE,2021,", "INITIATIVE,ACTIVE,,");
        append(folder.resolve("relationships.csv"), "olvg,PARTNER_IN,gezondheidsdata-infrastructuur,partner,,,,,\n");

        var report = importSample("sample", ImportOptions.DEFAULT);

        assertThat(report.of("partners")).isEqualTo(new ImportReport.Counts(0, 1, 0, 8));
        assertThat(report.of("initiatives")).isEqualTo(new ImportReport.Counts(0, 1, 0, 4));
        assertThat(report.of("relationships")).isEqualTo(new ImportReport.Counts(1, 0, 0, 18));
        assertThat(graph.queryOne("MATCH (n:Initiative {id: 'tomas'}) RETURN n.startYear AS y", Map.of(), r -> r.get("y").isNull()))
                .contains(true);
    }

    @Test
    @DisplayName("in a dry run reports exactly the difference and writes nothing")
    void dryRunWritesNothing() {
        var folder = copy("sample", temp, "sample");
        importSample("sample", ImportOptions.DEFAULT);
        var before = GraphDump.of(graph);
        replace(folder.resolve("partners.csv"), "The municipality of Amsterdam.", "The municipality of the capital.");

        var report = importSample("sample", new ImportOptions(true, false, Progress.NONE));

        assertThat(report.dryRun()).isTrue();
        assertThat(report.total()).isEqualTo(new ImportReport.Counts(0, 1, 0, 34));
        assertThat(report.of("partners").updated()).isEqualTo(1);
        assertThat(GraphDump.of(graph)).isEqualTo(before);
    }

    @Nested
    @DisplayName("with --prune")
    class Pruning {

        @Test
        @DisplayName("removes what the dataset no longer holds, and only what came from it")
        void removesWhatIsGone() {
            var folder = copy("sample", temp, "sample");
            importSample("sample", ImportOptions.DEFAULT);
            graph.write(tx -> tx.run("CREATE (:Entity:Partner {id: 'curated-elsewhere', name: 'Kept', type: 'COMPANY', dataset: 'other'})").consume());
            replace(folder.resolve("partners.csv"), "olvg,OLVG,,HEALTHCARE,Hospital in Amsterdam.,jaarverslag-2021.txt#L1425\n", "");
            replace(folder.resolve("relationships.csv"), "olvg,MEMBER_OF,gdi-partnership,partner,,,jaarverslag-2021.txt#L1423-L1427,,\n", "");
            replace(folder.resolve("relationships.csv"), "marineterrein,PARTNER_IN,amdex,use case,,,jaarverslag-2021.txt#L119-L123,,\n", "");

            var report = importSample("sample", new ImportOptions(false, true, Progress.NONE));

            assertThat(report.of("partners").deleted()).isEqualTo(1);
            assertThat(report.of("relationships").deleted()).isEqualTo(2);
            assertThat(ids()).doesNotContain("olvg").contains("curated-elsewhere", "marineterrein");
            assertThat(graph.queryOne("MATCH (:Partner {id: 'marineterrein'})-[r]->() RETURN count(r) AS n", Map.of(),
                    r -> r.get("n").asLong())).contains(0L);
        }

        @Test
        @DisplayName("detaches an entity another dataset still has relationships to, instead of deleting it with them")
        void detachesWhatOthersStillUse() {
            copy("sample", temp, "sample");
            importSample("sample", ImportOptions.DEFAULT);
            var takeOver = temp.resolve("hospitals");
            write(takeOver, "partners.csv", """
                    id,name,aliases,type,description,sources
                    philips,Philips Healthcare,,COMPANY,Taken over by the hospitals dataset.,jaarverslag-2021.txt#L1423-L1427
                    """);
            write(takeOver, "initiatives.csv", """
                    id,name,aliases,type,status,startYear,description,sources,website
                    health-pilot,Health pilot,,INITIATIVE,ACTIVE,2022,A pilot.,jaarverslag-2021.txt#L1423-L1427,
                    """);
            write(takeOver, "relationships.csv", """
                    from,type,to,role,since,until,sources,quote,inferred
                    philips,PARTNER_IN,health-pilot,partner,,,,,
                    """);
            importer.importDataset(takeOver, "hospitals", ImportOptions.DEFAULT);
            assertThat(datasetOf("philips")).as("taken over").isEqualTo("hospitals");
            write(takeOver, "partners.csv", "id,name,aliases,type,description,sources\n");
            write(takeOver, "relationships.csv", "from,type,to,role,since,until,sources,quote,inferred\n");

            var report = importer.importDataset(takeOver, "hospitals", new ImportOptions(false, true, Progress.NONE));

            assertThat(report.of("partners")).isEqualTo(new ImportReport.Counts(0, 0, 0, 0, 1));
            assertThat(report.of("relationships").deleted()).isEqualTo(1);
            assertThat(report.changes()).contains(new ImportReport.Change("partners", ImportReport.Action.DETACH, "philips"));
            assertThat(datasetOf("philips")).as("handed back to the dataset that still uses it").isEqualTo("sample");
            assertThat(relationships("philips")).containsExactly("MEMBER_OF gdi-partnership sample");
            assertThat(importSample("sample", ImportOptions.DEFAULT).of("partners").updated())
                    .as("the next import of sample writes its own version back").isEqualTo(1);
        }

        @Test
        @DisplayName("without it, keeps what the dataset no longer holds")
        void keepsWithoutPrune() {
            var folder = copy("sample", temp, "sample");
            importSample("sample", ImportOptions.DEFAULT);
            replace(folder.resolve("partners.csv"), "olvg,OLVG,,HEALTHCARE,Hospital in Amsterdam.,jaarverslag-2021.txt#L1425\n", "");
            replace(folder.resolve("relationships.csv"), "olvg,MEMBER_OF,gdi-partnership,partner,,,jaarverslag-2021.txt#L1423-L1427,,\n", "");

            var report = importSample("sample", ImportOptions.DEFAULT);

            assertThat(report.total().deleted()).isZero();
            assertThat(ids()).contains("olvg");
        }
    }

    @Test
    @DisplayName("rejects a dataset with several errors whole, listing each with file and line, and leaves the graph as it was")
    void rejectsBrokenDatasetWhole() {
        var folder = copy("sample", temp, "sample");
        importSample("sample", ImportOptions.DEFAULT);
        var before = GraphDump.of(graph);
        append(folder.resolve("partners.csv"), "new-partner,New Partner,,COMPNY,,\ngemeente-amsterdam,Duplicate,,GOVERNMENT,,\n");
        append(folder.resolve("relationships.csv"), "philips,PARTNER_IN,gemeente-amsterdm,,,,,,\nphilips,LIKES,olvg,,,,,,\n");

        assertThatThrownBy(() -> importSample("sample", ImportOptions.DEFAULT))
                .isInstanceOfSatisfying(DatasetRejectedException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactlyInAnyOrder(
                                "partners.csv:11: column type: unknown value \"COMPNY\"; allowed: GOVERNMENT, KNOWLEDGE_INSTITUTION, "
                                        + "EDUCATION, HEALTHCARE, COMPANY, NON_PROFIT, NETWORK, MEDIA, OTHER; did you mean \"COMPANY\"?",
                                "partners.csv:12: column id: duplicate id \"gemeente-amsterdam\": already used at partners.csv:3",
                                "relationships.csv:20: column to: no entity has the id \"gemeente-amsterdm\"; did you mean \"gemeente-amsterdam\"?",
                                "relationships.csv:21: column type: unknown relationship type \"LIKES\"; allowed: PARTNER_IN, MEMBER_OF, "
                                        + "PART_OF, RUNS, FUNDS, WORKS_AT, LOCATED_IN, HAS_THEME, HAS_GOAL, CONNECTED_TO"));
        assertThat(GraphDump.of(graph)).isEqualTo(before);
    }

    private String datasetOf(String id) {
        return graph.queryOne("MATCH (n:Entity {id: $id}) RETURN n.dataset AS d", Map.of("id", id), r -> r.get("d").asString()).orElseThrow();
    }

    /** Every relationship of an entity, as type, other end and dataset. */
    private List<String> relationships(String id) {
        return graph.query("MATCH (:Entity {id: $id})-[r]-(other) RETURN type(r) + ' ' + other.id + ' ' + r.dataset AS r ORDER BY r",
                Map.of("id", id), r -> r.get("r").asString());
    }

    private static void write(Path folder, String file, String content) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetFixtures.write(folder.resolve(file), content);
    }

    private List<String> ids() {
        return graph.query("MATCH (n:Entity) RETURN n.id AS id", Map.of(), r -> r.get("id").asString());
    }
}
