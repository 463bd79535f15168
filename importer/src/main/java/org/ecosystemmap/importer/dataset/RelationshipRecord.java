package org.ecosystemmap.importer.dataset;

import java.util.Map;
import org.ecosystemmap.graph.vocabulary.RelationType;

/** A validated relationship: identified by its start, type and end; properties typed as for entities. */
public record RelationshipRecord(String from, RelationType type, String to, Map<String, Object> properties, Location location) {

    public RelationshipRecord {
        properties = Map.copyOf(properties);
    }

    public Key key() {
        return new Key(from, type.name(), to);
    }

    /** What identifies a relationship in a dataset and in the graph. */
    public record Key(String from, String type, String to) {
        @Override
        public String toString() {
            return from + " -" + type + "-> " + to;
        }
    }
}
