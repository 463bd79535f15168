package org.ecosystemmap.graphql.entity;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.neo4j.driver.types.Node;

/**
 * An entity as read from the graph: the fields every entity has, and all its properties for the fields
 * of its own kind. GraphQL resolves the kind-specific fields ({@code Partner.type}, {@code Goal.status})
 * straight from {@link #properties}.
 */
public record EntityNode(String id, EntityKind kind, String name, List<String> aliases, String description,
        List<String> storedSources, String quote, boolean inferred, String dataset, Map<String, Object> properties) {

    public static EntityNode of(Node node) {
        var kind = EntityKind.fromLabels(node.labels());
        var properties = node.asMap();
        return new EntityNode(
                (String) properties.get("id"),
                kind,
                (String) properties.getOrDefault("name", properties.get("id")),
                strings(properties.get("aliases")),
                (String) properties.get("description"),
                strings(properties.get("sources")),
                (String) properties.get("quote"),
                Boolean.TRUE.equals(properties.get("inferred")),
                (String) properties.get("dataset"),
                properties);
    }

    /** A list property as strings; empty when the property is absent. */
    public static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
