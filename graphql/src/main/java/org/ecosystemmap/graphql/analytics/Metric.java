package org.ecosystemmap.graphql.analytics;

/** How to measure an entity's place in the network; the GraphQL enum {@code Metric}. */
public enum Metric {
    /** The number of distinct entities it is directly connected to. */
    DEGREE,
    /** How often it lies on the shortest chains between two other entities. */
    BETWEENNESS,
    /** How well connected it is to well-connected entities. */
    PAGERANK
}
