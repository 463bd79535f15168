package org.ecosystemmap.graphql.ask;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.entity.EntityResult;

/** One way to read a question in words (the GraphQL type {@code Interpretation}). */
public record Interpretation(String question, String view, String url, List<EntityResult> entities, String query,
        Map<String, Object> variables, double confidence) {
}
