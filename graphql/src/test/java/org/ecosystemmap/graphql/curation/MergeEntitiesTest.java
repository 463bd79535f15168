package org.ecosystemmap.graphql.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.graphql.SampleGraph;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.FolderSource;
import org.ecosystemmap.importer.testing.DatasetFixtures;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.ImportReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Merging a planted duplicate on a small dataset made for it: Acme Robotics entered twice ({@code acme} and
 * {@code acme-robotica}), both taking part in the same programme, the second also in another and linked
 * from the city, and the two linked to each other.
 */
@SpringBootTest
@AutoConfigureGraphQlTester
@DisplayName("Merging duplicates")
class MergeEntitiesTest {

    private static final String PARTNERS = """
            id,name,aliases,type,description,sources
            acme,Acme Robotics,ACME,COMPANY,A robotics company.,report.txt#L1
            acme-robotica,Acme Robotica,,COMPANY,,report.txt#L2
            city,Gemeente Zaandam,,GOVERNMENT,The municipality.,
            makers-foundation,Makers Lab,,OTHER,A foundation with the name of a programme.,
            """;
    private static final String INITIATIVES = """
            id,name,type,status
            bots,Bots for All,PROGRAMME,ACTIVE
            makers,Makers Lab,PROGRAMME,ACTIVE
            """;
    private static final String RELATIONSHIPS = """
            from,type,to,role,sources
            acme,PARTNER_IN,bots,partner,report.txt#L1
            acme-robotica,PARTNER_IN,bots,sponsor,report.txt#L2
            acme-robotica,PARTNER_IN,makers,,
            city,CONNECTED_TO,acme-robotica,client,
            acme,CONNECTED_TO,acme-robotica,same firm,
            """;

    private static final String MERGE = """
            mutation($keep: ID!, $merge: [ID!]!) { mergeEntities(keep: $keep, merge: $merge) { id name aliases sources { lines } } }""";

    @Autowired
    GraphQlTester graphQl;

    @TempDir
    static Path temp;

    private static Path dataset;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @BeforeEach
    void plantedDuplicate() throws IOException {
        dataset = Files.createDirectories(temp.resolve("planted"));
        DatasetFixtures.write(dataset.resolve("partners.csv"), PARTNERS);
        DatasetFixtures.write(dataset.resolve("initiatives.csv"), INITIATIVES);
        DatasetFixtures.write(dataset.resolve("relationships.csv"), RELATIONSHIPS);
        TestNeo4j.clear();
        importPlanted();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("curator", null, "ROLE_CURATOR"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void clear() {
        TestNeo4j.clear();
    }

    private static ImportReport importPlanted() {
        return new Importer(TestNeo4j.graph()).importDataset(new FolderSource(dataset, "planted"), ImportOptions.DEFAULT);
    }

    private static List<String> relationships() {
        return TestNeo4j.graph().query("""
                MATCH (a:Entity)-[r]->(b:Entity)
                RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + coalesce(r.role, '-') AS line, coalesce(r.sources, []) AS sources
                ORDER BY line""", Map.of(), r -> r.get("line").asString() + " " + r.get("sources").asList(Value::asString));
    }

    private static List<String> partnerIds() {
        return TestNeo4j.graph().query("MATCH (n:Partner) RETURN n.id AS id ORDER BY id", Map.of(), r -> r.get("id").asString());
    }

    private void merge(String keep, List<String> merge) {
        graphQl.document(MERGE).variable("keep", keep).variable("merge", merge).execute().errors().verify();
    }

    @Nested
    @DisplayName("mergeEntities")
    class Merge {

        @Test
        @DisplayName("keeps every relationship once: shared ones combined with their sources unioned, the rest moved, the one between the two dropped")
        void everyRelationshipOnce() {
            graphQl.document(MERGE).variable("keep", "acme").variable("merge", List.of("acme-robotica")).execute()
                    .path("mergeEntities.id").entity(String.class).isEqualTo("acme")
                    .path("mergeEntities.name").entity(String.class).isEqualTo("Acme Robotics")
                    .path("mergeEntities.aliases").entityList(String.class).containsExactly("ACME", "Acme Robotica", "acme-robotica")
                    .path("mergeEntities.sources[*].lines").entityList(String.class).containsExactly("1", "2");

            assertThat(partnerIds()).containsExactly("acme", "city", "makers-foundation");
            assertThat(relationships()).containsExactly(
                    "acme PARTNER_IN bots partner [report.txt#L1, report.txt#L2]",
                    "acme PARTNER_IN makers - []",
                    "city CONNECTED_TO acme client []");
            assertThat(TestNeo4j.graph().query("MATCH (n:Entity {id: 'acme'}) RETURN n.importHash IS NULL AS gone", Map.of(),
                    r -> r.get("gone").asBoolean())).as("the kept entity's import digest is removed").containsExactly(true);
        }

        @Test
        @DisplayName("writes one audit entry that names both ids")
        void oneAuditEntry() {
            merge("acme", List.of("acme-robotica"));

            var entries = TestNeo4j.graph().query("MATCH (e:AuditEntry {action: 'mergeEntities'}) RETURN e.actor + ': ' + e.target + ': ' + e.detail AS e",
                    Map.of(), r -> r.get("e").asString());
            assertThat(entries).singleElement().asString().startsWith("curator: acme-robotica -> acme: merged acme-robotica (Acme Robotica) into acme");
        }

        @Test
        @DisplayName("lets entity(id:) with the merged id answer the kept entity")
        void mergedIdLeadsToTheKeptEntity() {
            merge("acme", List.of("acme-robotica"));

            graphQl.document("{ entity(id: \"acme-robotica\") { id name relations(first: 10) { totalCount } } }").execute()
                    .path("entity.id").entity(String.class).isEqualTo("acme")
                    .path("entity.relations.totalCount").entity(Integer.class).isEqualTo(3);
            graphQl.document("{ entity(id: \"no-such-entity\") { id } }").execute().path("entity").valueIsNull();
        }

        @Test
        @DisplayName("forgets the merged ids when the kept entity is deleted: they lead nowhere")
        void deletingTheKeptEntityForgetsMergedIds() {
            merge("acme", List.of("acme-robotica"));
            graphQl.document("mutation { deleteEntity(id: \"acme\") }").execute().path("deleteEntity").entity(Boolean.class).isEqualTo(true);

            graphQl.document("{ entity(id: \"acme-robotica\") { id } }").execute().path("entity").valueIsNull();
            assertThat(TestNeo4j.graph().query("MATCH (m:MergedId) RETURN m.id AS id", Map.of(), r -> r.get("id").asString())).isEmpty();
        }

        @Test
        @DisplayName("a re-import of the dataset that still holds the merged id lands on the kept entity and says which rows it mapped")
        void reimportLandsOnTheKeptEntity() {
            merge("acme", List.of("acme-robotica"));

            var report = importPlanted();

            assertThat(partnerIds()).as("no second Acme").containsExactly("acme", "city", "makers-foundation");
            assertThat(relationships()).containsExactly(
                    "acme PARTNER_IN bots partner [report.txt#L1]",
                    "acme PARTNER_IN makers - []",
                    "city CONNECTED_TO acme client []");
            assertThat(report.warnings()).extracting(Object::toString).contains(
                    "partners.csv:3: column id: \"acme-robotica\" was merged into \"acme\": this row is not imported again, "
                            + "and the rows that name \"acme-robotica\" are imported onto \"acme\"",
                    "relationships.csv:3: acme-robotica -PARTNER_IN-> bots names an entity merged into another (acme-robotica into acme); "
                            + "left out: another row already gives acme -PARTNER_IN-> bots",
                    "relationships.csv:4: acme-robotica -PARTNER_IN-> makers names an entity merged into another (acme-robotica into acme); "
                            + "imported as acme -PARTNER_IN-> makers",
                    "relationships.csv:5: city -CONNECTED_TO-> acme-robotica names an entity merged into another (acme-robotica into acme); "
                            + "imported as city -CONNECTED_TO-> acme",
                    "relationships.csv:6: acme -CONNECTED_TO-> acme-robotica names an entity merged into another (acme-robotica into acme); "
                            + "left out: it would join \"acme\" to itself");
        }
    }

    @Nested
    @DisplayName("mergeEntities refuses, with BAD_REQUEST and nothing changed,")
    class Refusals {

        private void refused(String keep, List<String> merge, String expected) {
            var before = GraphDump.of(TestNeo4j.graph());
            graphQl.document(MERGE).variable("keep", keep).variable("merge", merge).execute().errors()
                    .expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().contains(expected)).verify();
            assertThat(GraphDump.of(TestNeo4j.graph())).isEqualTo(before);
        }

        @Test
        @DisplayName("entities of different kinds")
        void differentKinds() {
            refused("makers-foundation", List.of("makers"), "\"makers\" is an Initiative and \"makers-foundation\" is a Partner");
        }

        @Test
        @DisplayName("an unknown id, even next to one that could be merged")
        void unknownId() {
            refused("acme", List.of("acme-robotica", "acme-bv"), "no entity has the id \"acme-bv\"");
        }

        @Test
        @DisplayName("a merge that would make an entity part of itself")
        void partOfItself() {
            graphQl.document("""
                    mutation { a: upsertEntity(input: {id: "bots-track", kind: INITIATIVE, name: "Bots track", type: "PROGRAMME"}) { id }
                      b: link(input: {from: "bots-track", type: "PART_OF", to: "bots"}) { type }
                      c: link(input: {from: "bots", type: "PART_OF", to: "makers"}) { type } }""").execute().errors().verify();
            refused("bots-track", List.of("makers"), "PART_OF runs in a circle");
        }

        @Test
        @DisplayName("an entity merged into itself")
        void intoItself() {
            refused("acme", List.of("acme"), "cannot be merged into itself");
        }
    }

    @Nested
    @DisplayName("likelyDuplicates")
    class Likely {

        private static final String LIKELY = """
                { likelyDuplicates(first: 5) { a { id } b { id relations(first: 0) { totalCount } } score sharedNeighbours
                    en: reasons nl: reasons(lang: NL) } }""";

        @Test
        @DisplayName("finds the planted pair by its near names and the neighbour they share, with reasons in English and Dutch, and no pair across kinds")
        void findsThePlantedPair() {
            graphQl.document(LIKELY).execute()
                    .path("likelyDuplicates[*].a.id").entityList(String.class).containsExactly("acme")
                    .path("likelyDuplicates[0].b.id").entity(String.class).isEqualTo("acme-robotica")
                    .path("likelyDuplicates[0].b.relations.totalCount").entity(Integer.class).isEqualTo(4)
                    .path("likelyDuplicates[0].sharedNeighbours").entity(Integer.class).isEqualTo(1)
                    .path("likelyDuplicates[0].en").entityList(String.class)
                    .contains("\"acme robotics\" and \"acme robotica\" differ by 1 letter", "1 neighbour in common (of 3)")
                    .path("likelyDuplicates[0].nl").entityList(String.class)
                    .contains("\"acme robotics\" en \"acme robotica\" verschillen 1 letter", "1 gemeenschappelijke buur (van 3)");
        }

        @Test
        @DisplayName("finds nothing once the pair is merged")
        void nothingAfterTheMerge() {
            merge("acme", List.of("acme-robotica"));

            graphQl.document(LIKELY).execute().path("likelyDuplicates").entityList(Object.class).hasSize(0);
        }
    }
}
