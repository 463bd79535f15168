package org.ecosystemmap.graphql.relation;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.neo4j.driver.types.Relationship;

/**
 * The properties every relationship may carry, read in one place for every view of a relationship: a
 * {@link Relation} seen from one end, an edge of a subgraph or path.
 */
public record RelationshipFacts(String role, Integer since, Integer until, List<String> storedSources, String quote,
        boolean inferred, String dataset) {

    public static RelationshipFacts of(Relationship relationship) {
        return of(relationship.asMap());
    }

    /** The facts from a relationship's properties, or from those of them a statement read. */
    public static RelationshipFacts of(Map<String, Object> p) {
        return new RelationshipFacts((String) p.get("role"), year(p.get("since")), year(p.get("until")),
                EntityNode.strings(p.get("sources")), (String) p.get("quote"), Boolean.TRUE.equals(p.get("inferred")),
                (String) p.get("dataset"));
    }

    private static Integer year(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }
}
