package org.ecosystemmap.graphql.connection;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a part of the graph to export, its entities whole: the entities around one entity, found by one
 * breadth-first search in the database that keeps the nearest, or the whole graph, or given entities; with the
 * relationships between them. The {@code neighbourhood} query asks the same, with only the fields it selects
 * ({@link ConnectionQueries}).
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

    /**
     * The statement of a neighbourhood: the entities nearest the centre ({@code $id}) up to a depth, at most
     * {@code $neighbours} besides it, each as {@code node} makes it of {@code n}, and the relationships between
     * them as {@code edge} makes them of {@code r}. Its columns: {@code missing} (see {@link KnownEntities},
     * with {@code $known} the centre) and {@code found}, empty or the one map {@code {nodes, edges, truncated}}.
     */
    static String neighbourhood(Traversal traversal, int depth, String node, String edge) {
        // The depth is an integer checked against its limit: Cypher takes no parameter for a quantifier.
        return """
                %1$s
                CALL () {
                  MATCH (centre:Entity {id: $id})
                  CALL (centre) {
                    MATCH p = SHORTEST 1 (centre) (()-[%2$s]-(x:Entity)%3$s){1,%4$d} (m:Entity)
                    WHERE m <> centre
                    WITH m, length(p) AS distance
                    ORDER BY distance, m.name, m.id
                    LIMIT $neighbours + 1
                    RETURN collect(m) AS near
                  }
                  WITH [centre] + near[..$neighbours] AS nodes, size(near) > $neighbours AS truncated
                  CALL (nodes) {
                    UNWIND nodes AS a
                    MATCH (a)-[%2$s]->(b:Entity)
                    WHERE b IN nodes%7$s
                    RETURN collect(%5$s) AS edges
                  }
                  RETURN collect({nodes: [n IN nodes | %6$s], edges: edges, truncated: truncated}) AS found
                }
                RETURN missing, found""".formatted(KnownEntities.MISSING, traversal.relationship("r"), Traversal.where(traversal.held("r"),
                traversal.admits("x")), depth, edge, node, Traversal.andAlso(traversal.held("r")));
    }

    /** The traversal, depth and parameters of {@link #neighbourhood} for a request, its bounds checked: the depth first. */
    static Bounded bounded(SubgraphRequest request) {
        int depth = ArgumentBounds.between("depth", request.depth(), 1, 1, Limits.MAX_DEPTH);
        int limit = ArgumentBounds.between("limit", request.limit(), 200, 1, Limits.MAX_NODES);
        var traversal = request.traversal().reaching(List.of(request.id()));
        var parameters = traversal.parameters();
        parameters.put("id", request.id());
        parameters.put("known", List.of(request.id()));
        parameters.put("neighbours", limit - 1);
        return new Bounded(traversal, depth, parameters);
    }

    /** A neighbourhood's traversal, depth and parameters. */
    record Bounded(Traversal traversal, int depth, Map<String, Object> parameters) {
    }

    private Subgraph neighbourhood(SubgraphRequest request) {
        var bounded = bounded(request);
        var record = graph.read(tx -> tx.run(neighbourhood(bounded.traversal(), bounded.depth(), "n", GraphEdge.cypher("r")),
                bounded.parameters()).single());
        KnownEntities.require(record.get("missing").asList(Value::asString));
        var found = record.get("found").get(0);
        return new Subgraph(found.get("nodes").asList(v -> EntityNode.of(v.asNode())), GraphEdge.listOf(found.get("edges").asObject()),
                found.get("truncated").asBoolean());
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
                      MATCH (a)-[%1$s]->(b:Entity)
                      WHERE b IN nodes%2$s
                      RETURN collect(%3$s) AS edges
                    }
                    RETURN nodes, edges
                    """.formatted(traversal.relationship("r"), Traversal.andAlso(traversal.held("r")),
                    GraphEdge.cypher("r")), parameters).single();
            return new Subgraph(record.get("nodes").asList(v -> EntityNode.of(v.asNode())), GraphEdge.listOf(record.get("edges").asObject()), false);
        });
    }

    private Subgraph whole(Traversal traversal) {
        return graph.read(tx -> {
            var record = tx.run("""
                    CALL () {
                      MATCH (n:Entity)%1$s
                      WITH n ORDER BY n.name, n.id
                      RETURN collect(n) AS nodes
                    }
                    CALL () {
                      MATCH (a:Entity)-[%2$s]->(b:Entity)%3$s
                      RETURN collect(%4$s) AS edges
                    }
                    RETURN nodes, edges
                    """.formatted(Traversal.where(traversal.admits("n")), traversal.relationship("r"),
                    Traversal.where(traversal.admits("a"), traversal.admits("b"), traversal.held("r")), GraphEdge.cypher("r")),
                    traversal.parameters()).single();
            return new Subgraph(record.get("nodes").asList(v -> EntityNode.of(v.asNode())), GraphEdge.listOf(record.get("edges").asObject()), false);
        });
    }
}
