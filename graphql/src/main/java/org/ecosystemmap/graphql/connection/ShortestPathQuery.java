package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.springframework.stereotype.Component;

/**
 * The shortest chains between two entities, found by the database. One chain is the first the database's
 * breadth-first search finds, which is cheap. Every chain of the shortest length is ordered by the names
 * along it, so that the same question gets the same answer; listing them all is what can run away on a
 * dense graph (a lattice has a combinatorial number), and the read timeout stops it.
 */
@Component
class ShortestPathQuery {

    private final EcosystemGraph graph;

    ShortestPathQuery(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** @param maxHops the longest chain, already checked against {@link Limits#MAX_HOPS} */
    List<GraphPath> between(String from, String to, int maxHops, Traversal traversal, boolean all) {
        var parameters = traversal.reaching(List.of(from, to)).parameters();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("paths", Limits.MAX_PATHS);
        // maxHops is an integer checked against its limit: Cypher takes no parameter for a quantifier.
        var pattern = "(a) (()-[r]-(x:Entity) WHERE %s AND %s){1,%d} (b)".formatted(Traversal.follows("r"), Traversal.admits("x"), maxHops);
        var select = all ? """
                MATCH p = ALL SHORTEST %s
                WITH p ORDER BY [n IN nodes(p) | n.name], [n IN nodes(p) | n.id]
                LIMIT $paths""".formatted(pattern) : "MATCH p = SHORTEST 1 " + pattern;
        return graph.read(tx -> {
            KnownEntities.require(tx, List.of(from, to));
            return tx.run("""
                    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                    %s
                    RETURN nodes(p) AS nodes, [r IN relationships(p) | %s] AS edges
                    """.formatted(select, GraphEdge.cypher("r")), parameters)
                    .list(record -> {
                        var nodes = record.get("nodes").asList(v -> EntityNode.of(v.asNode()));
                        // Along a path the edges keep the path's order.
                        var edges = record.get("edges").asList(GraphEdge::of);
                        return new GraphPath(edges.size(), nodes, edges);
                    });
        });
    }
}
