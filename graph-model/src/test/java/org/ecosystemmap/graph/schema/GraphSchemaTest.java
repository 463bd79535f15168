package org.ecosystemmap.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.ecosystemmap.graph.search.SearchTexts;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;

@DisplayName("The graph schema")
class GraphSchemaTest {

    private final EcosystemGraph graph = TestNeo4j.graph();

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("can be applied again without changing anything")
    void isIdempotent() {
        var before = schemaNames();
        new GraphSchema(graph).apply();
        assertThat(schemaNames()).isEqualTo(before);
    }

    @Test
    @DisplayName("has a uniqueness constraint on id for every kind and across all entities")
    void constrainsIdsOfEveryKind() {
        var constraints = graph.query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN *", Map.of(),
                r -> r.get("labelsOrTypes").asList(v -> v.asString()).getFirst() + "." + r.get("properties").asList(v -> v.asString()));
        assertThat(constraints).contains("Entity.[id]");
        for (var kind : EntityKind.values()) {
            assertThat(constraints).contains(kind.label() + ".[id]");
        }
    }

    @Test
    @DisplayName("refuses a second entity with the same id, even of another kind")
    void refusesDuplicateIds() {
        graph.write(tx -> tx.run("CREATE (:Entity:Partner {id: 'hva', name: 'HvA'})").consume());
        assertThatThrownBy(() -> graph.write(tx -> tx.run("CREATE (:Entity:Initiative {id: 'hva', name: 'x'})").consume()))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    @DisplayName("finds entities by name, by any alias and by description, ignoring accents and case")
    void searchesNamesAliasesAndDescriptions() {
        graph.write(tx -> tx.run("""
                CREATE (:Entity:Partner {id: 'hva', name: 'Hogeschool van Amsterdam', aliases: ['HvA', 'AUAS']})
                CREATE (:Entity:TalentProgramme {id: 'orientatie', name: 'Oriëntatieprogramma', aliases: []})
                CREATE (:Entity:Initiative {id: 'tomas', name: 'TOMAS', description: 'Talent Ontwikkeling, Match & Select'})
                """).consume());
        assertThat(search("auas")).containsExactly("hva");
        assertThat(search("orientatieprogramma")).containsExactly("orientatie");
        assertThat(search("select")).containsExactly("tomas");
    }

    @Test
    @DisplayName("applied through the embedded database's own API, makes exactly what the Cypher statements make, and only once")
    void embeddedApiMakesTheSameSchema() {
        var neo4j = EmbeddedNeo4j.start(TestNeo4j.temporaryFolder("schema-embedded"), 0, 16L * 1024 * 1024);
        try (neo4j; var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var fresh = new EcosystemGraph(driver, null, Duration.ofSeconds(60));
            var schema = GraphSchema.embedded(fresh, neo4j::database);
            schema.apply();
            assertThat(schemaDescription(fresh)).isEqualTo(schemaDescription(graph));

            var before = schemaDescription(fresh);
            schema.apply();
            assertThat(schemaDescription(fresh)).isEqualTo(before);
        }
        assertThat(schemaDescription(graph)).anySatisfy(index -> assertThat(index).contains(GraphSchema.SEARCH_INDEX, "standard-folding"));
    }

    @Test
    @DisplayName("reads the derived Dutch texts stemmed and accent-folded: zijinstromer finds zijinstromers, werklozen a facet label")
    void searchesDutchStemmed() {
        var properties = new HashMap<String, Object>(Map.of("id", "orientatie", "name", "Oriëntatieprogramma",
                "descriptionNl", "Een programma voor zijinstromers.", "targetGroups", List.of("unemployed")));
        properties.putAll(SearchTexts.derive(properties));
        graph.write(tx -> tx.run("CREATE (n:Entity:TalentProgramme) SET n = $properties", Map.of("properties", properties)).consume());
        graph.read(tx -> tx.run("CALL db.awaitIndexes(60)").consume(), Duration.ofSeconds(60));
        for (var word : List.of("zijinstromer", "werklozen", "orientatieprogramma")) {
            assertThat(graph.query("CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id",
                    Map.of("index", GraphSchema.SEARCH_INDEX_NL, "text", "searchNl:" + word), r -> r.get("id").asString()))
                    .as(word).containsExactly("orientatie");
        }
        assertThat(graph.query("CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id",
                Map.of("index", GraphSchema.SEARCH_INDEX_EN, "text", "searchEn:\"unemployed people\""), r -> r.get("id").asString()))
                .containsExactly("orientatie");
    }

    @Test
    @DisplayName("has Neo4j's Dutch and English analyzers, and none that splits compounds")
    void analyzersOnHand() {
        var analyzers = graph.query("CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, description RETURN analyzer, description",
                Map.of(), r -> r.get("analyzer").asString() + ": " + r.get("description").asString());
        assertThat(analyzers).anyMatch(a -> a.startsWith("dutch:")).anyMatch(a -> a.startsWith("english:"))
                .noneMatch(a -> a.toLowerCase(Locale.ROOT).contains("compound"));
    }

    /** Every index and constraint with what defines it (ids and creation order aside). */
    private static List<String> schemaDescription(EcosystemGraph graph) {
        var indexes = graph.query("""
                SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, indexProvider, owningConstraint, options
                RETURN [name, type, entityType, labelsOrTypes, properties, indexProvider, owningConstraint,
                        options.indexConfig.`fulltext.analyzer`] AS index""", Map.of(), r -> r.get("index").toString());
        var constraints = graph.query("SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties, ownedIndex "
                + "RETURN [name, type, labelsOrTypes, properties, ownedIndex] AS constraint", Map.of(), r -> r.get("constraint").toString());
        return Stream.concat(indexes.stream(), constraints.stream()).sorted().toList();
    }

    private List<String> search(String text) {
        return graph.query("CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id",
                Map.of("index", GraphSchema.SEARCH_INDEX, "text", text), r -> r.get("id").asString());
    }

    private List<String> schemaNames() {
        return graph.query("SHOW INDEXES YIELD name RETURN name ORDER BY name", Map.of(), r -> r.get("name").asString());
    }
}
