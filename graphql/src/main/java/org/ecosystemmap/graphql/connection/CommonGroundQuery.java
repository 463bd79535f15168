package org.ecosystemmap.graphql.connection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.RelationWeights;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * What two entities both connect to directly, with each one's relationships to it, what says most first: by the
 * weights table, the cost of the cheapest relationship of each to it, added (a consortium both are members of
 * before a theme both are about), then by name.
 */
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
                    WITH a, b, x, collect(DISTINCT ra) AS withA, collect(DISTINCT rb) AS withB
                    RETURN labels(a) AS aLabels, labels(b) AS bLabels, x, [r IN withA | %4$s] AS withA, [r IN withB | %4$s] AS withB
                    """.formatted(Traversal.follows("ra"), Traversal.follows("rb"), Traversal.admits("x"), GraphEdge.cypher("r")),
                    parameters)
                    .list(record -> {
                        var x = EntityNode.of(record.get("x").asNode());
                        var kinds = Map.of(a, kindOf(record.get("aLabels")), b, kindOf(record.get("bLabels")), x.id(), x.kind());
                        var withA = GraphEdge.listOf(record.get("withA"));
                        var withB = GraphEdge.listOf(record.get("withB"));
                        return new CommonGround(x, withA, withB, cheapest(withA, kinds) + cheapest(withB, kinds));
                    });
        }).stream()
                .sorted(Comparator.comparingDouble(CommonGround::cost).thenComparing(c -> c.entity().name()).thenComparing(c -> c.entity().id()))
                .toList();
    }

    /** The cost of the cheapest of these relationships by the weights table. */
    private static double cheapest(List<GraphEdge> edges, Map<String, EntityKind> kinds) {
        return edges.stream()
                .mapToDouble(e -> RelationWeights.cost(RelationType.of(e.type()).orElse(RelationType.CONNECTED_TO), kinds.get(e.from()),
                        kinds.get(e.to()), e.role(), e.inferred()))
                .min().orElse(0);
    }

    private static EntityKind kindOf(Value labels) {
        return EntityKind.fromLabels(labels.asList(Value::asString));
    }
}
