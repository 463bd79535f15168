package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.NotFoundException;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * What a {@link Snapshot} reads, read through the embedded database's Java API in one transaction: the same
 * entities and relationships as the Cypher scans over Bolt, without the encoding of a million rows on one side
 * and their decoding on the other, and reading each entity's id once instead of at both ends of every
 * relationship. Also the few relationships an import looks up by their ends ({@link #between}). Only for a
 * database in this process.
 */
final class EmbeddedScan {

    /** The entities {@code dataset} wrote, by id, and the relationships it wrote. */
    record Scanned(Map<String, Snapshot.Node> nodes, OwnedRelationships relationships) {
    }

    private static final Label ENTITY = Label.label(EntityKind.ENTITY_LABEL);

    private EmbeddedScan() {
    }

    @SuppressWarnings("deprecation") // Node ids only join the two passes of this one transaction, where they are stable.
    static Scanned of(Transaction tx, String dataset) {
        var owned = new HashMap<String, Snapshot.Node>();
        // Every entity's id, also other datasets': a relationship the dataset wrote may end at one.
        var ids = new HashMap<Long, String>();
        var entities = new ArrayList<Node>();
        try (var nodes = tx.findNodes(ENTITY)) {
            while (nodes.hasNext()) {
                var node = nodes.next();
                if (!(node.getProperty("id", null) instanceof String id)) {
                    continue;
                }
                ids.put(node.getId(), id);
                entities.add(node);
                if (dataset.equals(node.getProperty("dataset", null))) {
                    var labels = new ArrayList<String>();
                    node.getLabels().forEach(label -> labels.add(label.name()));
                    owned.put(id, new Snapshot.Node(id, node.getElementId(), EntityKind.fromLabels(labels), hash(node.getProperty(ContentHash.PROPERTY, null))));
                }
            }
        }
        var relationships = new OwnedRelationships();
        for (var node : entities) {
            var from = OwnedRelationships.shared(ids.get(node.getId()), owned);
            try (var outgoing = node.getRelationships(Direction.OUTGOING)) {
                for (var relationship : outgoing) {
                    if (!dataset.equals(relationship.getProperty("dataset", null))) {
                        continue;
                    }
                    var to = ids.get(relationship.getEndNodeId());
                    if (to != null) {
                        var hash = hash(relationship.getProperty(ContentHash.PROPERTY, null));
                        relationships.add(from, relationship.getType().name(), OwnedRelationships.shared(to, owned), hash != null, hash == null ? 0 : hash);
                    }
                }
            }
        }
        relationships.index();
        return new Scanned(owned, relationships);
    }

    /** A relationship as the graph holds it: its element id and digest. */
    record Found(String element, Long hash) {
    }

    /**
     * The relationship of the type from one node to another (by element id), found from the end with fewer
     * relationships of the type, as the database's own expansion into a known node does; empty when there is none
     * (or a node is gone).
     */
    static Optional<Found> between(Transaction tx, String from, String type, String to) {
        Node start;
        Node end;
        try {
            start = tx.getNodeByElementId(from);
            end = tx.getNodeByElementId(to);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        var relationshipType = RelationshipType.withName(type);
        boolean fromStart = start.getDegree(relationshipType, Direction.OUTGOING) <= end.getDegree(relationshipType, Direction.INCOMING);
        var near = fromStart ? start : end;
        var far = fromStart ? end : start;
        try (var relationships = near.getRelationships(fromStart ? Direction.OUTGOING : Direction.INCOMING, relationshipType)) {
            for (var relationship : relationships) {
                if (relationship.getOtherNode(near).equals(far)) {
                    return Optional.of(new Found(relationship.getElementId(), hash(relationship.getProperty(ContentHash.PROPERTY, null))));
                }
            }
        }
        return Optional.empty();
    }

    private static Long hash(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }
}
