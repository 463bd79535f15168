package org.ecosystemmap.graphql.relation;

/** Which way a relationship points, seen from the entity asked about. */
public enum Direction {
    OUT("(n)-[r]->(m:Entity)"),
    IN("(n)<-[r]-(m:Entity)"),
    BOTH("(n)-[r]-(m:Entity)");

    private final String pattern;

    Direction(String pattern) {
        this.pattern = pattern;
    }

    /** The Cypher pattern from {@code n} to the related {@code m} through {@code r}. */
    String pattern() {
        return pattern;
    }
}
