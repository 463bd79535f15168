package org.ecosystemmap.graphql.listing;

import java.util.Map;

/**
 * One condition of a list filter: a Cypher predicate on {@code n}, written in the code (never built from
 * input), with the parameters that carry the user's values.
 */
public record Condition(String predicate, Map<String, Object> parameters) {

    public static Condition of(String predicate, String parameter, Object value) {
        return new Condition(predicate, Map.of(parameter, value));
    }
}
