package org.ecosystemmap.graphql.relation;

/** Which way a relationship points, seen from the entity asked about. */
public enum Direction {
    OUT("(%1$s)-[%2$s]->(%3$s)"),
    IN("(%1$s)<-[%2$s]-(%3$s)"),
    BOTH("(%1$s)-[%2$s]-(%3$s)");

    private final String pattern;

    Direction(String pattern) {
        this.pattern = pattern;
    }

    /**
     * The Cypher pattern from a node to another through a relationship, each given as it goes between the
     * brackets: {@code pattern("n", "r:PART_OF", "m:Entity")}.
     */
    String pattern(String node, String relationship, String other) {
        return pattern.formatted(node, relationship, other);
    }
}
