package org.ecosystemmap.benchmarks.scenario;

/** The three ways to ask the same questions of the same Neo4j; the names are those of docs/benchmarks.json. */
public enum SystemUnderTest {

    /** The same Cypher straight over the Java driver: the floor. */
    RAW_CYPHER("raw-cypher"),
    /** Ecosystem Map's GraphQL endpoint over HTTP. */
    GRAPHQL("graphql"),
    /** {@code @neo4j/graphql} on Node over HTTP, with equivalent type definitions, over Bolt to the same Neo4j. */
    NEO4J_GRAPHQL_JS("neo4j-graphql-js");

    private final String label;

    SystemUnderTest(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
