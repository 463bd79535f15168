package org.ecosystemmap.importer.write;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.importer.dataset.RelationshipRecord;

/**
 * The difference between a dataset and the graph: what must be written so that the graph holds the
 * dataset. Empty when the graph already does. What exists is addressed by the element id the diff read, so
 * that writing it needs no index look-up; what is created is addressed by the element id its creation returns.
 *
 * @param dataset the dataset's name, written as the provenance of everything it creates or updates
 * @param elementIds the element id of every entity of the dataset that exists already, by id: the ends of the
 *     relationships to create
 */
record ChangeSet(
        String dataset,
        List<NodeWrite> nodeWrites,
        List<NodeRemoval> nodeRemovals,
        List<RelationshipWrite> relationshipWrites,
        List<RelationshipDelete> relationshipDeletes,
        Map<String, String> elementIds) {

    /**
     * An entity to create (no element id yet) or to update, with the dataset's properties (provenance and
     * digest are added when written); {@code relabel} when it changes kind.
     */
    record NodeWrite(EntityKind kind, String id, Map<String, Object> properties, long hash, String element, boolean relabel) {
        boolean created() {
            return element == null;
        }
    }

    /**
     * An entity this dataset no longer holds: deleted, or, when other datasets still have relationships to it,
     * detached: its provenance becomes {@code newDataset} (null when none of them has a name).
     */
    record NodeRemoval(String id, String element, boolean delete, String newDataset) {
    }

    /** A relationship to create (no element id yet) or to update, with the dataset's properties. */
    record RelationshipWrite(RelationshipRecord.Key key, Map<String, Object> properties, long hash, String element) {
        boolean created() {
            return element == null;
        }
    }

    record RelationshipDelete(RelationshipRecord.Key key, String element) {
    }

    /** How many rows writing it takes. */
    long size() {
        return nodeWrites.size() + nodeRemovals.size() + relationshipWrites.size() + relationshipDeletes.size();
    }

    boolean isEmpty() {
        return size() == 0;
    }
}
