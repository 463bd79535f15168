package org.ecosystemmap.graphql.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.springframework.stereotype.Component;

/** Looks entities up by id and finds them by text. */
@Component
public class EntityQueries {

    private final EcosystemGraph graph;

    public EntityQueries(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** The entities with these ids, in the order asked; unknown ids are left out. */
    public List<EntityNode> byIds(List<String> ids) {
        var found = new HashMap<String, EntityNode>();
        graph.query("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                RETURN n
                """, Map.of("ids", ids), r -> EntityNode.of(r.get("n").asNode()))
                .forEach(node -> found.put(node.id(), node));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
    }

    public Connection<EntityNode> search(String text, List<EntityKind> kinds, PageRequest page) {
        var labels = kinds == null || kinds.isEmpty() ? null : kinds.stream().map(EntityKind::label).toList();
        var parameters = new HashMap<String, Object>();
        parameters.put("index", GraphSchema.SEARCH_INDEX);
        parameters.put("query", SearchText.lucene(text));
        parameters.put("labels", labels);
        parameters.put("exact", NameKeys.of(text));
        parameters.put("offset", page.offset());
        parameters.put("end", page.offset() + page.first());
        return graph.queryOne("""
                CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
                WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
                // The text as a whole name or alias beats the start of one, which beats any other match.
                WITH node, score, CASE
                    WHEN $exact IN coalesce(node.nameKeys, []) THEN 2
                    WHEN any(key IN coalesce(node.nameKeys, []) WHERE key STARTS WITH $exact) THEN 1
                    ELSE 0 END AS tier
                ORDER BY tier DESC, score DESC, node.name, node.id
                WITH collect({node: node, score: score}) AS hits
                RETURN size(hits) AS total, hits[$offset..$end] AS page
                """, parameters, r -> {
                    var hits = r.get("page").asList(v -> v);
                    var nodes = hits.stream().map(h -> EntityNode.of(h.get("node").asNode())).toList();
                    var scores = hits.stream().map(h -> h.get("score").asDouble()).toList();
                    return Connection.scored(nodes, scores, page, r.get("total").asInt());
                }).orElseThrow();
    }
}
