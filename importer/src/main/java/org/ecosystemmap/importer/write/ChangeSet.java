package org.ecosystemmap.importer.write;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.importer.dataset.RelationshipRecord;

/**
 * The difference between a dataset and the graph: what must be written so that the graph holds the
 * dataset. Empty when the graph already does.
 */
record ChangeSet(
        List<NodeWrite> nodeWrites,
        List<String> nodeDeletes,
        List<RelationshipWrite> relationshipWrites,
        List<RelationshipRecord.Key> relationshipDeletes) {

    /** A node to create or update, with all its properties; {@code relabel} when it changes kind. */
    record NodeWrite(EntityKind kind, String id, Map<String, Object> properties, boolean created, boolean relabel) {
    }

    record RelationshipWrite(RelationshipRecord.Key key, Map<String, Object> properties, boolean created) {
    }

    /** How many rows writing it takes. */
    long size() {
        return nodeWrites.size() + nodeDeletes.size() + relationshipWrites.size() + relationshipDeletes.size();
    }

    boolean isEmpty() {
        return nodeWrites.isEmpty() && nodeDeletes.isEmpty() && relationshipWrites.isEmpty() && relationshipDeletes.isEmpty();
    }
}
