package org.ecosystemmap.graph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A graph written before search knew Dutch")
class SearchTextsBackfillTest {

    private final EcosystemGraph graph = TestNeo4j.graph();

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("gets its search texts when the graph starts, and its entities are found in Dutch; texts already there are kept")
    void fillsWhatIsMissing() {
        graph.write(tx -> tx.run("""
                CREATE (:Entity:Initiative {id: 'old', name: 'TOMAS', descriptionNl: 'De kwartiermaker begon in 2021.'})
                CREATE (:Entity:Initiative {id: 'current', name: 'LEAP', searchNl: 'al gezet', searchEn: 'already set'})""").consume());

        new SearchTextsBackfill(graph).run();
        graph.read(tx -> tx.run("CALL db.awaitIndexes(60)").consume(), Duration.ofSeconds(60));

        assertThat(graph.query("CALL db.index.fulltext.queryNodes($index, 'searchNl:kwartiermakers') YIELD node RETURN node.id AS id",
                Map.of("index", GraphSchema.SEARCH_INDEX_NL), r -> r.get("id").asString())).containsExactly("old");
        assertThat(graph.query("MATCH (n:Entity {id: 'current'}) RETURN n.searchNl AS nl", Map.of(), r -> r.get("nl").asString()))
                .isEqualTo(List.of("al gezet"));
    }
}
