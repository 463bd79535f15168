package org.ecosystemmap.graph.connection;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

@DisplayName("The graph's change marker")
class ChangeMarkerTest {

    private final EcosystemGraph graph = TestNeo4j.graph();

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("stays the same while nobody writes, also across reads")
    void isStableWithoutWrites() {
        var before = graph.changeMarker();
        graph.query("MATCH (n) RETURN count(n) AS n", java.util.Map.of(), r -> r.get("n").asLong());
        assertThat(graph.changeMarker()).isEqualTo(before);
    }

    @Test
    @DisplayName("changes with a write of this application and with a write from another process")
    void changesWithEveryWrite() {
        var start = graph.changeMarker();
        graph.write(tx -> tx.run("CREATE (:Entity:Theme {id: 'marker-test', name: 'Marker'})").consume());
        var afterOwnWrite = graph.changeMarker();
        assertThat(afterOwnWrite).isNotEqualTo(start);

        try (var otherProcess = GraphDatabase.driver(TestNeo4j.embedded().boltUri(), AuthTokens.none());
                var session = otherProcess.session()) {
            session.executeWrite(tx -> tx.run("MATCH (n:Theme {id: 'marker-test'}) SET n.name = 'Renamed'").consume());
        }
        assertThat(graph.changeMarker()).isNotEqualTo(afterOwnWrite);
    }
}
