package org.ecosystemmap.importer.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A relationship looked up by its ends in process")
class EmbeddedScanTest {

    private final EcosystemGraph graph = TestNeo4j.graph();
    private Map<String, Object> ids;

    @BeforeEach
    void write() {
        // The hub has more RUNS relationships than the initiative, so the look-up starts at the initiative's end.
        ids = graph.write(tx -> tx.run("""
                CREATE (hub:Entity:Partner {id: 'scan-hub'}), (i:Entity:Initiative {id: 'scan-i'}), (other:Entity:Initiative {id: 'scan-other'}),
                       (hub)-[r:RUNS {importHash: 7}]->(i), (hub)-[:RUNS]->(other), (hub)-[:RUNS]->(:Entity:Initiative {id: 'scan-third'}),
                       (hub)-[:FUNDS]->(i)
                RETURN elementId(hub) AS hub, elementId(i) AS i, elementId(other) AS other, elementId(r) AS r""").single().asMap());
    }

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("finds the relationship of the type from one end to the other, with its element id and digest, and no other")
    void findsBetweenEnds() {
        assertThat(between("hub", "RUNS", "i")).contains(new EmbeddedScan.Found((String) ids.get("r"), 7L));
        assertThat(between("i", "RUNS", "hub")).isEmpty();
        assertThat(between("hub", "PART_OF", "i")).isEmpty();
        assertThat(between("i", "RUNS", "other")).isEmpty();
        assertThat(between("hub", "FUNDS", "i")).hasValueSatisfying(funds -> assertThat(funds.hash()).as("a relationship without a digest").isNull());
    }

    private Optional<EmbeddedScan.Found> between(String from, String type, String to) {
        return graph.readInProcess(tx -> EmbeddedScan.between(tx, (String) ids.get(from), type, (String) ids.get(to)), Duration.ofSeconds(30))
                .orElseThrow();
    }
}
