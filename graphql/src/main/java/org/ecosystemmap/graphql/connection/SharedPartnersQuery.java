package org.ecosystemmap.graphql.connection;

import java.util.List;
import java.util.stream.Stream;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.springframework.stereotype.Component;

/**
 * The organisations connected to every one of several entities, where taking part in a part of an entity
 * (anything PART_OF it, at any depth) counts as taking part in the entity.
 */
@Component
class SharedPartnersQuery {

    /** The relationships by which an organisation takes part in something, unless a client names others. */
    static final List<String> TAKING_PART = Stream.of(RelationType.PARTNER_IN, RelationType.MEMBER_OF, RelationType.FUNDS)
            .map(Enum::name).toList();

    private final EcosystemGraph graph;

    SharedPartnersQuery(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** @param ids distinct entity ids */
    List<SharedPartner> of(List<String> ids, Traversal traversal) {
        var parameters = traversal.parameters();
        parameters.put("ids", ids);
        return graph.read(tx -> {
            KnownEntities.require(tx, ids);
            return tx.run("""
                    UNWIND $ids AS id
                    MATCH (e:Entity {id: id})
                    MATCH chain = (part:Entity) (()-[po:PART_OF]->() WHERE %1$s)* (e)
                    MATCH (p:Partner)-[r]-(part)
                    WHERE %2$s AND NOT p.id IN $ids
                    WITH p, id, [r] + relationships(chain) AS steps
                    WITH p, count(DISTINCT id) AS reached, collect(steps) AS stepLists
                    WHERE reached = size($ids)
                    UNWIND stepLists AS steps
                    UNWIND steps AS step
                    WITH p, collect(DISTINCT step) AS via
                    RETURN p, [step IN via | %3$s] AS via
                    ORDER BY p.name, p.id
                    """.formatted(Traversal.holds("po"), Traversal.follows("r"), GraphEdge.cypher("step")), parameters)
                    .list(record -> new SharedPartner(EntityNode.of(record.get("p").asNode()), GraphEdge.listOf(record.get("via"))));
        });
    }
}
