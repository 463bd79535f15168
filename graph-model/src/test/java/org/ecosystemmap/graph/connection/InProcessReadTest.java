package org.ecosystemmap.graph.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * A request's read on the embedded database runs in this process; the code that reads its records was written
 * for Bolt's. These compare the two ways on the same statements, value for value.
 */
@DisplayName("A read in this process")
class InProcessReadTest {

    private static final String STATEMENT = """
            MATCH p = (a:Entity {id: 'in-process-a'})-[r:PART_OF]->(b:Entity)
            RETURN a, r, p, b.id AS id, {name: b.name, tags: b.tags, since: r.since, score: 0.5, none: null} AS map,
                   [a.id, 1, true] AS list, date('2021-06-30') AS day""";

    private final EcosystemGraph inProcess = TestNeo4j.graph();
    private final EcosystemGraph bolt = new EcosystemGraph(TestNeo4j.driver(), null, Duration.ofSeconds(30));

    @BeforeAll
    static void write() {
        TestNeo4j.graph().write(tx -> tx.run("""
                CREATE (:Entity:Partner {id: 'in-process-a', name: 'A'})-[:PART_OF {since: 2019, role: 'lid'}]->
                       (:Entity:Coalition {id: 'in-process-b', name: 'B', tags: ['één', 'two']})""").consume());
    }

    @AfterAll
    static void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("answers with the records Bolt gives: nodes, relationships, paths, maps, lists, numbers, dates")
    void sameRecordsAsBolt() {
        var local = read(inProcess, STATEMENT);
        var remote = read(bolt, STATEMENT);

        assertThat(local).hasSize(1);
        assertThat(local.getFirst().keys()).isEqualTo(remote.getFirst().keys());
        Record mine = local.getFirst();
        Record theirs = remote.getFirst();
        for (var key : List.of("id", "map", "list", "day")) {
            assertThat(mine.get(key)).as(key).isEqualTo(theirs.get(key));
        }
        assertNode(mine.get("a").asNode(), theirs.get("a").asNode());
        Relationship r = mine.get("r").asRelationship();
        assertThat(r.type()).isEqualTo("PART_OF");
        assertThat(r.startNodeElementId()).isEqualTo(theirs.get("r").asRelationship().startNodeElementId());
        assertThat(r.endNodeElementId()).isEqualTo(theirs.get("r").asRelationship().endNodeElementId());
        assertThat(r.asMap()).isEqualTo(Map.of("since", 2019L, "role", "lid"));
        Path p = mine.get("p").asPath();
        assertThat(p.length()).isEqualTo(1);
        assertNode(p.end(), theirs.get("p").asPath().end());
        assertThat(mine.get("map").get("tags").asList(Value::asString)).containsExactly("één", "two");
    }

    @Test
    @DisplayName("fails as Bolt does: a statement's error is the driver's exception with the database's status code")
    void sameFailuresAsBolt() {
        assertThatThrownBy(() -> read(inProcess, "RETURN 1 / 0 AS n"))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo("Neo.ClientError.Statement.ArithmeticError"));
        assertThatThrownBy(() -> read(bolt, "RETURN 1 / 0 AS n"))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo("Neo.ClientError.Statement.ArithmeticError"));
    }

    private static List<Record> read(EcosystemGraph graph, String cypher) {
        try (var read = graph.openRead(false)) {
            return read.list(cypher, Map.of());
        }
    }

    private static void assertNode(Node mine, Node theirs) {
        assertThat(mine.elementId()).isEqualTo(theirs.elementId());
        assertThat(mine.labels()).containsExactlyInAnyOrderElementsOf(theirs.labels());
        assertThat(mine.asMap()).isEqualTo(theirs.asMap());
    }
}
