package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.springframework.stereotype.Component;

/**
 * Reads a part of the graph to draw or export: the entities around one entity, found by one breadth-first
 * search in the database that keeps the nearest, or the whole graph; with the relationships between them.
 */
@Component
public class SubgraphQuery {

    private final EcosystemGraph graph;

    public SubgraphQuery(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** The entities the request lists, the neighbourhood of its id, or the whole graph when it names none. */
    public Subgraph of(SubgraphRequest request) {
        if (request.ids() != null && !request.ids().isEmpty()) {
            return among(request.ids(), request.traversal());
        }
        return request.id() == null ? whole(request.traversal()) : neighbourhood(request);
    }

    private Subgraph among(List<String> ids, Traversal traversal) {
        if (ids.size() > Limits.MAX_NODES) {
            throw new BadRequestException("at most " + Limits.MAX_NODES + " ids at once, not " + ids.size());
        }
        var parameters = traversal.parameters();
        parameters.put("ids", ids);
        return graph.read(tx -> {
            var record = tx.run("""
                    CALL () {
                      UNWIND $ids AS id
                      MATCH (n:Entity {id: id})
                      WITH DISTINCT n ORDER BY n.name, n.id
                      RETURN collect(n) AS nodes
                    }
                    CALL (nodes) {
                      UNWIND nodes AS a
                      MATCH (a)-[r]->(b:Entity)
                      WHERE b IN nodes AND %1$s
                      RETURN collect(%2$s) AS edges
                    }
                    RETURN nodes, edges
                    """.formatted(Traversal.follows("r"), GraphEdge.cypher("r")), parameters).single();
            return new Subgraph(record.get("nodes").asList(v -> EntityNode.of(v.asNode())), GraphEdge.listOf(record.get("edges")), false);
        });
    }

    private Subgraph neighbourhood(SubgraphRequest request) {
        int depth = ArgumentBounds.between("depth", request.depth(), 1, 1, Limits.MAX_DEPTH);
        int limit = ArgumentBounds.between("limit", request.limit(), 200, 1, Limits.MAX_NODES);
        var parameters = request.traversal().reaching(List.of(request.id())).parameters();
        parameters.put("id", request.id());
        parameters.put("neighbours", limit - 1);
        return graph.read(tx -> {
            KnownEntities.require(tx, List.of(request.id()));
            // The depth is an integer checked against its limit: Cypher takes no parameter for a quantifier.
            var record = tx.run("""
                    MATCH (centre:Entity {id: $id})
                    CALL (centre) {
                      MATCH p = SHORTEST 1 (centre) (()-[r]-(x:Entity) WHERE %1$s AND %2$s){1,%3$d} (m:Entity)
                      WHERE m <> centre
                      WITH m, length(p) AS distance
                      ORDER BY distance, m.name, m.id
                      LIMIT $neighbours + 1
                      RETURN collect(m) AS near
                    }
                    WITH [centre] + near[..$neighbours] AS nodes, size(near) > $neighbours AS truncated
                    CALL (nodes) {
                      UNWIND nodes AS a
                      MATCH (a)-[r]->(b:Entity)
                      WHERE b IN nodes AND %1$s
                      RETURN collect(%4$s) AS edges
                    }
                    RETURN nodes, edges, truncated
                    """.formatted(Traversal.follows("r"), Traversal.admits("x"), depth, GraphEdge.cypher("r")), parameters).single();
            return new Subgraph(record.get("nodes").asList(v -> EntityNode.of(v.asNode())), GraphEdge.listOf(record.get("edges")),
                    record.get("truncated").asBoolean());
        });
    }

    private Subgraph whole(Traversal traversal) {
        return graph.read(tx -> {
            var record = tx.run("""
                    CALL () {
                      MATCH (n:Entity) WHERE %1$s
                      WITH n ORDER BY n.name, n.id
                      RETURN collect(n) AS nodes
                    }
                    CALL () {
                      MATCH (a:Entity)-[r]->(b:Entity)
                      WHERE %2$s AND %3$s AND %4$s
                      RETURN collect(%5$s) AS edges
                    }
                    RETURN nodes, edges
                    """.formatted(Traversal.admits("n"), Traversal.admits("a"), Traversal.admits("b"), Traversal.follows("r"),
                    GraphEdge.cypher("r")), traversal.parameters()).single();
            return new Subgraph(record.get("nodes").asList(v -> EntityNode.of(v.asNode())), GraphEdge.listOf(record.get("edges")), false);
        });
    }
}
