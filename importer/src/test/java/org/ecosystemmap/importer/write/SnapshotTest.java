package org.ecosystemmap.importer.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.importer.dataset.RelationshipRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * On an embedded database an import reads what a dataset wrote through the database's Java API; through Bolt
 * (a server) with Cypher. Both must find the same entities and relationships, or a re-import would rewrite or
 * miss some.
 */
@DisplayName("A snapshot of what a dataset wrote")
class SnapshotTest {

    private final EcosystemGraph inProcess = TestNeo4j.graph();
    private final EcosystemGraph bolt = new EcosystemGraph(TestNeo4j.driver(), null, Duration.ofSeconds(30));

    @BeforeEach
    void write() {
        inProcess.write(tx -> tx.run("""
                CREATE (a:Entity:Partner {id: 'snap-a', dataset: 'snap', importHash: 1}),
                       (b:Entity:Initiative {id: 'snap-b', dataset: 'snap'}),
                       (c:Entity:Partner {id: 'snap-c', dataset: 'other', importHash: 3}),
                       (a)-[:RUNS {dataset: 'snap', importHash: 11}]->(b),
                       (c)-[:RUNS {dataset: 'snap', importHash: 12}]->(b),
                       (a)-[:PARTNER_IN {dataset: 'snap'}]->(b),
                       (c)-[:PARTNER_IN {dataset: 'other', importHash: 13}]->(b),
                       (a)-[:RUNS {dataset: 'snap', importHash: 14}]->(:Note {id: 'snap-note'})""").consume());
    }

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("reads the same in process as through Bolt: the dataset's entities, and its relationships between entities, also from another dataset's")
    void sameInProcessAsThroughBolt() {
        var local = Snapshot.read(inProcess, "snap");
        var remote = Snapshot.read(bolt, "snap");

        assertThat(local.nodes()).isEqualTo(remote.nodes()).containsOnlyKeys("snap-a", "snap-b");
        assertThat(local.nodes().get("snap-a").kind()).isEqualTo(EntityKind.PARTNER);
        assertThat(local.nodes().get("snap-a").hash()).isEqualTo(1L);
        assertThat(local.nodes().get("snap-b").hash()).isNull();
        assertThat(keys(local.relationships())).containsExactlyInAnyOrderElementsOf(keys(remote.relationships())).containsExactlyInAnyOrder(
                new RelationshipRecord.Key("snap-a", "RUNS", "snap-b"),
                new RelationshipRecord.Key("snap-c", "RUNS", "snap-b"),
                new RelationshipRecord.Key("snap-a", "PARTNER_IN", "snap-b"));
        for (var snapshot : List.of(local, remote)) {
            var relationships = snapshot.relationships();
            assertThat(relationships.carries(relationships.find("snap-a", "RUNS", "snap-b"), 11L)).isTrue();
            assertThat(relationships.carries(relationships.find("snap-c", "RUNS", "snap-b"), 12L)).isTrue();
            assertThat(relationships.carries(relationships.find("snap-a", "PARTNER_IN", "snap-b"), 0L)).isFalse();
        }
    }

    @Test
    @DisplayName("stands, in process as through Bolt, until something is written to the graph, and no longer")
    void standsUntilTheGraphChanges() {
        var local = Snapshot.read(inProcess, "snap");
        var remote = Snapshot.read(bolt, "snap");
        assertThat(local.isCurrent(inProcess, "snap")).isTrue();
        assertThat(remote.isCurrent(bolt, "snap")).isTrue();
        assertThat(local.isCurrent(inProcess, "other")).isFalse();

        inProcess.write(tx -> tx.run("MATCH (n:Entity {id: 'snap-b'}) SET n.name = 'written since'").consume());

        assertThat(local.isCurrent(inProcess, "snap")).isFalse();
        assertThat(remote.isCurrent(bolt, "snap")).isFalse();
    }

    private static List<RelationshipRecord.Key> keys(OwnedRelationships relationships) {
        var keys = new ArrayList<RelationshipRecord.Key>();
        for (int row = 0; row < relationships.size(); row++) {
            keys.add(relationships.key(row));
        }
        return keys;
    }
}
