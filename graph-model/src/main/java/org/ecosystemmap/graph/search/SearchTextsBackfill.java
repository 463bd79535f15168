package org.ecosystemmap.graph.search;

import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.GraphStartup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the entities of a graph written before search knew Dutch their search texts ({@link SearchTexts}), as
 * a step of the graph's start: without it such a graph would answer Dutch searches only after its next import.
 * Entities that have their texts are left alone, so on a current graph this is one look-up.
 */
public final class SearchTextsBackfill implements GraphStartup.Step {

    private static final Logger log = LoggerFactory.getLogger(SearchTextsBackfill.class);
    private static final int BATCH = 2_000;

    private final EcosystemGraph graph;

    public SearchTextsBackfill(EcosystemGraph graph) {
        this.graph = graph;
    }

    @Override
    public void run() {
        var ids = graph.read(tx -> tx.run("""
                MATCH (n:Entity) WHERE n.%s IS NULL AND n.%s IS NULL
                RETURN n.id AS id""".formatted(SearchTexts.DUTCH, SearchTexts.ENGLISH)).list(r -> r.get("id").asString()), GraphStartup.READ_TIMEOUT);
        for (int from = 0; from < ids.size(); from += BATCH) {
            var batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            graph.write(tx -> {
                var rows = tx.run("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS properties", Map.of("ids", batch))
                        .list(r -> Map.<String, Object>of("id", r.get("id").asString(), "texts", SearchTexts.derive(r.get("properties").asMap())));
                tx.run("""
                        UNWIND $rows AS row
                        MATCH (n:Entity {id: row.id})
                        SET n += row.texts""", Map.of("rows", rows)).consume();
                return null;
            });
        }
        if (!ids.isEmpty()) {
            log.info("Gave {} entities written before search knew Dutch their search texts", ids.size());
        }
    }
}
