package org.ecosystemmap.graphql.compile;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One Cypher statement with its parameters: what one root field of a GraphQL request sends to the database. A
 * parameter may be null (a filter left out).
 */
public record Statement(String cypher, Map<String, Object> parameters) {

    public Statement {
        parameters = Collections.unmodifiableMap(new HashMap<>(parameters));
    }
}
