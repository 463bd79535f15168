package org.ecosystemmap.api.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The server on its default embedded Neo4j")
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("starts with the bundled dataset, answers over HTTP, keeps its data across a restart without duplicates, "
            + "and on start rolls back an import that was killed")
    void startsLoadedAndSurvivesRestart() {
        var properties = Map.of("ecosystem.neo4j.data-dir", dataDir.toString());
        long entities;
        long relationships;
        try (var server = RunningServer.start(properties)) {
            assertThat(server.context().getBeansOfType(EmbeddedNeo4j.class)).hasSize(1);

            var search = server.graphQl("{ search(text: \"TOMAS\") { edges { node { id name kind } } } }");
            assertThat(search.at("/data/search/edges/0/node/id").asString()).isEqualTo("tomas");

            var consortium = server.graphQl("""
                    { entity(id: "tomas-consortium") { relations(types: ["MEMBER_OF"], direction: IN) { edges { node {
                        other { id } sources { document lines section } } } } } }""");
            assertThat(consortium.at("/data/entity/relations/edges").valueStream()
                    .map(edge -> edge.at("/node/other/id").asString()).toList())
                    .containsExactlyInAnyOrder("amsterdam-economic-board", "gemeente-amsterdam", "digital-society-school", "hogeschool-van-amsterdam",
                            "mra-bureau", "startupamsterdam");
            assertThat(consortium.at("/data/entity/relations/edges/0/node/sources/0/document").asString())
                    .isEqualTo("jaarverslag-2021.txt");

            var graphiql = server.get("/graphiql");
            assertThat(graphiql.statusCode()).isEqualTo(200);
            assertThat(graphiql.body()).contains("GraphiQL", "/graphiql/page.js", "query WhichPartnersDoGdiAndTextileLoopsShare",
                    "query HowIsPhilipsLinkedToTechGrounds");
            assertThat(server.get("/actuator/health").body()).contains("\"status\":\"UP\"");
            entities = count(server, "Entity");
            relationships = relationshipCount(server);
            // What a large import killed after its first transaction leaves: a node and its journal of undo steps.
            server.context().getBean(EcosystemGraph.class).write(tx -> tx.run("""
                    CREATE (:Entity:Partner {id: 'half-imported', name: 'Half imported', type: 'COMPANY', dataset: 'upload'})
                    CREATE (:ImportJournal {id: 'killed', dataset: 'upload', state: 'WRITING', startedAt: '2026-11-28T10:00Z', transactions: 1})
                    CREATE (:ImportUndo {journal: 'killed', seq: 0, steps: '[{"action":"DELETE_NODES","target":null,"rows":[{"id":"half-imported"}]}]'})
                    """).consume());
        }

        try (var restarted = RunningServer.start(properties)) {
            assertThat(count(restarted, "Entity")).isEqualTo(entities);
            assertThat(count(restarted, "ImportJournal") + count(restarted, "ImportUndo")).isZero();
            assertThat(relationshipCount(restarted)).isEqualTo(relationships);
            assertThat(restarted.graphQl("{ search(text: \"TOMAS\") { edges { node { id } } } }")
                    .at("/data/search/edges/0/node/id").asString()).isEqualTo("tomas");
        }
    }

    private static long count(RunningServer server, String label) {
        return server.context().getBean(EcosystemGraph.class)
                .queryOne("MATCH (n:" + label + ") RETURN count(n) AS n", Map.of(), r -> r.get("n").asLong()).orElseThrow();
    }

    private static long relationshipCount(RunningServer server) {
        return server.context().getBean(EcosystemGraph.class)
                .queryOne("MATCH ()-[r]->() RETURN count(r) AS n", Map.of(), r -> r.get("n").asLong()).orElseThrow();
    }
}
