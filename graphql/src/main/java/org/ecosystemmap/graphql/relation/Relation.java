package org.ecosystemmap.graphql.relation;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.neo4j.driver.types.Relationship;

/** A relationship seen from one of its ends. */
public record Relation(String type, Direction direction, EntityNode other, String role, Integer since, Integer until,
        List<String> storedSources, String quote, boolean inferred, String dataset) {

    static Relation of(Relationship relationship, boolean outgoing, EntityNode other) {
        var p = relationship.asMap();
        return new Relation(relationship.type(), outgoing ? Direction.OUT : Direction.IN, other,
                (String) p.get("role"), year(p.get("since")), year(p.get("until")),
                p.get("sources") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(),
                (String) p.get("quote"), Boolean.TRUE.equals(p.get("inferred")), (String) p.get("dataset"));
    }

    private static Integer year(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }
}
