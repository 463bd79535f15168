package org.ecosystemmap.importer.dataset;

import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;

/**
 * A validated entity: its kind, id and the properties the graph will hold, typed as Neo4j returns them
 * (text as String, whole numbers as Long, decimals as Double, lists as List of String, booleans), and
 * where the dataset holds it.
 */
public record EntityRecord(EntityKind kind, String id, Map<String, Object> properties, Location location) {

    public EntityRecord {
        properties = Map.copyOf(properties);
    }

    public String name() {
        return (String) properties.get("name");
    }
}
