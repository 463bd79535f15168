package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.springframework.stereotype.Component;

/** What two entities both connect to directly, with each one's relationships to it. */
@Component
class CommonGroundQuery {

    private final EcosystemGraph graph;

    CommonGroundQuery(EcosystemGraph graph) {
        this.graph = graph;
    }

    List<CommonGround> of(String a, String b, Traversal traversal) {
        var parameters = traversal.parameters();
        parameters.put("a", a);
        parameters.put("b", b);
        return graph.read(tx -> {
            KnownEntities.require(tx, List.of(a, b));
            return tx.run("""
                    MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
                    MATCH (a)-[ra]-(x:Entity)-[rb]-(b)
                    WHERE x <> a AND x <> b AND %1$s AND %2$s AND %3$s
                    WITH x, collect(DISTINCT ra) AS withA, collect(DISTINCT rb) AS withB
                    RETURN x, [r IN withA | %4$s] AS withA, [r IN withB | %4$s] AS withB
                    ORDER BY x.name, x.id
                    """.formatted(Traversal.follows("ra"), Traversal.follows("rb"), Traversal.admits("x"), GraphEdge.cypher("r")),
                    parameters)
                    .list(record -> new CommonGround(EntityNode.of(record.get("x").asNode()), GraphEdge.listOf(record.get("withA")),
                            GraphEdge.listOf(record.get("withB"))));
        });
    }
}
