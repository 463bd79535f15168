package org.ecosystemmap.graphql.relation;

import java.util.List;
import org.ecosystemmap.graphql.entity.Cited;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.neo4j.driver.types.Relationship;

/** A relationship seen from one of its ends. */
public record Relation(String type, Direction direction, EntityResult other, String role, Integer since, Integer until,
        List<String> storedSources, String quote, boolean inferred, String dataset) implements Cited {

    public static Relation of(Relationship relationship, boolean outgoing, EntityNode other) {
        var facts = RelationshipFacts.of(relationship);
        return new Relation(relationship.type(), outgoing ? Direction.OUT : Direction.IN, other, facts.role(), facts.since(),
                facts.until(), facts.storedSources(), facts.quote(), facts.inferred(), facts.dataset());
    }
}
