package org.ecosystemmap.graph.vocabulary;

/**
 * A value of a vocabulary and how people read it. {@code plural} is given for entity kinds;
 * {@code outgoing} and {@code incoming} for relationship types: the heading over the relationship on the
 * card of the entity it starts from ("Takes part in") and of the entity it ends at ("Partners").
 */
public record Term(String value, Label label, Label plural, Label outgoing, Label incoming) {
}
