package org.ecosystemmap.importer.write;

import java.lang.reflect.Array;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;

/**
 * A change set that only creates, as the input of Neo4j's bulk importer: each entity a node labelled
 * {@code Entity} and its kind, each relationship between the nodes of its ends' ids, with exactly the
 * properties the transactional import gives them ({@link WritePlan#stored}, the vocabulary's relationship
 * properties with provenance and digest), so that a later import compares against the same digests.
 */
final class ChangeSetInput {

    /** Entities or relationships handed to one of the importer's threads at a time. */
    private static final int CHUNK = 10_000;

    private static final List<String> RELATIONSHIP_PROPERTIES = RelationType.PROPERTIES.stream().map(PropertySpec::name).toList();

    private ChangeSetInput() {
    }

    static Input of(ChangeSet changes) {
        var nodes = changes.nodeWrites();
        var relationships = changes.relationshipWrites();
        // Each node's id in the new store is its position in the change set, and a relationship's ends are looked
        // up here: the importer then skips mapping string ids (encoding, sorting and searching them), about half a
        // second of a million relationships.
        var positions = new HashMap<String, Integer>(nodes.size() * 2);
        for (int i = 0; i < nodes.size(); i++) {
            if (positions.put(nodes.get(i).id(), i) != null) {
                throw new IllegalStateException("The entity " + nodes.get(i).id() + " is in the change set twice");
            }
        }
        InputIterable nodeInput = () -> new Chunks<>(nodes, (write, position, visitor) -> node(write, position, changes.dataset(), visitor));
        InputIterable relationshipInput = () -> new Chunks<>(relationships,
                (write, position, visitor) -> relationship(write, positions, changes.dataset(), visitor));
        // Rough sizes: the importer only sizes its buffers by them.
        var estimates = Input.knownEstimates(nodes.size(), relationships.size(), nodes.size() * 8L, relationships.size() * 3L,
                nodes.size() * 8L * 24, relationships.size() * 3L * 12, nodes.size() * 2L);
        return Input.input(nodeInput, relationshipInput, IdType.ACTUAL, estimates, new Groups(), false);
    }

    private static void node(ChangeSet.NodeWrite write, int position, String dataset, InputEntityVisitor visitor) {
        visitor.id(position);
        visitor.labels(new String[] {EntityKind.ENTITY_LABEL, write.kind().label()});
        WritePlan.stored(write.properties(), dataset, write.hash()).forEach((key, value) -> visitor.property(key, storable(value), false));
    }

    private static void relationship(ChangeSet.RelationshipWrite write, Map<String, Integer> positions, String dataset, InputEntityVisitor visitor) {
        visitor.startId(position(positions, write.key().from(), write));
        visitor.endId(position(positions, write.key().to(), write));
        visitor.type(write.key().type());
        for (var name : RELATIONSHIP_PROPERTIES) {
            var value = write.properties().get(name);
            if (value != null) {
                visitor.property(name, storable(value), false);
            }
        }
        visitor.property("dataset", dataset, false);
        visitor.property(ContentHash.PROPERTY, write.hash(), false);
    }

    /** The node an end of a relationship is; a validated dataset has every end among its entities. */
    private static long position(Map<String, Integer> positions, String id, ChangeSet.RelationshipWrite write) {
        var position = positions.get(id);
        if (position == null) {
            throw new IllegalStateException("The relationship " + write.key() + " ends at " + id + ", which the dataset does not hold");
        }
        return position;
    }

    /** A dataset's value as Neo4j stores it: a list becomes an array of its elements' type, as Cypher stores a list. */
    private static Object storable(Object value) {
        if (!(value instanceof List<?> list)) {
            return value;
        }
        Class<?> type = list.isEmpty() ? String.class : list.getFirst().getClass();
        var array = Array.newInstance(type == Long.class ? long.class : type == Double.class ? double.class
                : type == Boolean.class ? boolean.class : type, list.size());
        for (int i = 0; i < list.size(); i++) {
            Array.set(array, i, list.get(i));
        }
        return array;
    }

    /** What the importer is told of one item, at its position in the change set. */
    @FunctionalInterface
    private interface Visit<T> {
        void accept(T item, int position, InputEntityVisitor visitor);
    }

    /** Hands out the items in chunks, to as many of the importer's threads as ask. */
    private static final class Chunks<T> implements InputIterator {

        private final List<T> items;
        private final Visit<T> visit;
        private int next;

        Chunks(List<T> items, Visit<T> visit) {
            this.items = items;
            this.visit = visit;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public boolean next(InputChunk chunk) {
            int from;
            synchronized (this) {
                if (next >= items.size()) {
                    return false;
                }
                from = next;
                next = Math.min(items.size(), next + CHUNK);
            }
            ((Chunk) chunk).range(from, Math.min(items.size(), from + CHUNK));
            return true;
        }

        @Override
        public void close() {
        }

        private final class Chunk implements InputChunk {
            private int at;
            private int end;

            void range(int from, int to) {
                at = from;
                end = to;
            }

            @Override
            public boolean next(InputEntityVisitor visitor) throws java.io.IOException {
                if (at >= end) {
                    return false;
                }
                visit.accept(items.get(at), at, visitor);
                at++;
                visitor.endOfEntity();
                return true;
            }

            @Override
            public void close() {
            }
        }
    }
}
