package org.ecosystemmap.graphql.connection;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.analytics.Link;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.springframework.stereotype.Component;

/**
 * For the questions answered from the analytics projection: one statement that reads the entities and the
 * relationships an answer names, by id and by their ends and type (one relationship of a type from one
 * entity to another). What the graph no longer has since the projection was read is simply not found.
 */
@Component
class ProjectedReads {

    /** The entities and relationships read, each relationship by {@link #key(Link)}. */
    record Found(Map<String, EntityNode> nodes, Map<String, GraphEdge> edges) {

        GraphEdge edge(Link link) {
            return edges.get(key(link));
        }
    }

    private final EcosystemGraph graph;

    ProjectedReads(EcosystemGraph graph) {
        this.graph = graph;
    }

    Found read(Collection<String> ids, Collection<Link> links) {
        var keys = links.stream().distinct()
                .map(l -> Map.<String, Object>of("from", l.from(), "type", l.type().name(), "to", l.to())).toList();
        var record = graph.read(tx -> tx.run("""
                CALL () {
                  UNWIND $ids AS id
                  MATCH (n:Entity {id: id})
                  RETURN collect(n) AS nodes
                }
                CALL () {
                  UNWIND $links AS link
                  MATCH (a:Entity {id: link.from})-[r]->(b:Entity {id: link.to})
                  WHERE type(r) = link.type
                  RETURN collect(%s) AS edges
                }
                RETURN nodes, edges
                """.formatted(GraphEdge.cypher("r")), Map.of("ids", List.copyOf(ids), "links", keys)).single());
        Map<String, EntityNode> nodes = record.get("nodes").asList(v -> EntityNode.of(v.asNode())).stream()
                .collect(Collectors.toMap(EntityNode::id, Function.identity()));
        var edges = new HashMap<String, GraphEdge>();
        record.get("edges").asList(GraphEdge::of).forEach(edge -> edges.put(edge.from() + "|" + edge.type() + "|" + edge.to(), edge));
        return new Found(nodes, edges);
    }

    static String key(Link link) {
        return link.from() + "|" + link.type().name() + "|" + link.to();
    }
}
