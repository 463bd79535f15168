package org.ecosystemmap.graphql.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The analytics projection follows the graph")
class ProjectionCacheTest {

    private final EcosystemGraph graph = TestNeo4j.graph();
    private ProjectionCache cache;

    @BeforeEach
    void twoEntities() {
        TestNeo4j.clear();
        graph.write(tx -> tx.run("CREATE (:Entity:Partner {id: 'philips', name: 'Philips'})-[:PARTNER_IN]->(:Entity:Initiative {id: 'leap', name: 'LEAP'})")
                .consume());
        cache = new ProjectionCache(graph);
    }

    @AfterEach
    void stop() {
        cache.destroy();
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("the same projection while nothing changes")
    void keepsItsProjectionWhileNothingChanges() {
        var first = cache.current();
        assertThat(first.graph().vertexSet()).containsExactlyInAnyOrder("philips", "leap");
        assertThat(cache.current()).isSameAs(first);
    }

    @Test
    @DisplayName("after a lone change to a quiet graph, the next request sees it")
    void seesALoneChangeAtOnce() {
        cache.current();
        graph.write(tx -> tx.run("""
                MATCH (leap:Entity {id: 'leap'})
                CREATE (:Entity:Partner {id: 'techgrounds', name: 'TechGrounds'})-[:PARTNER_IN]->(leap)""", Map.of()).consume());
        var after = cache.current();
        assertThat(after.graph().vertexSet()).containsExactlyInAnyOrder("philips", "leap", "techgrounds");
        assertThat(after.graph().containsEdge("techgrounds", "leap")).isTrue();
    }

    @Test
    @DisplayName("while an import is writing, a request is answered at once from the latest projection; once it has committed, the next ones see it")
    void doesNotWaitForAHalfWrittenImport() {
        var before = cache.current();
        graph.write(tx -> tx.run("""
                CREATE (:ImportJournal {id: 'running', dataset: 'upload', state: $writing, startedAt: '2026-12-01T18:00Z', transactions: 1})
                WITH 1 AS one
                MATCH (leap:Entity {id: 'leap'})
                CREATE (:Entity:Partner {id: 'techgrounds', name: 'TechGrounds'})-[:PARTNER_IN]->(leap)""",
                Map.of("writing", GraphSchema.IMPORT_WRITING)).consume());
        assertThat(cache.current()).isSameAs(before);

        graph.write(tx -> tx.run("MATCH (j:ImportJournal {id: 'running'}) DELETE j").consume());
        await("the projection of the committed import").atMost(Duration.ofSeconds(30))
                .until(() -> cache.current().graph().vertexSet().contains("techgrounds"));
    }
}
