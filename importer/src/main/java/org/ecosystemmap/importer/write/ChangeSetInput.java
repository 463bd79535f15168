package org.ecosystemmap.importer.write;

import java.lang.reflect.Array;
import java.util.List;
import java.util.function.BiConsumer;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Group;
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
        var groups = new Groups();
        var ids = groups.getOrCreate(null);
        var nodes = changes.nodeWrites();
        var relationships = changes.relationshipWrites();
        InputIterable nodeInput = () -> new Chunks<>(nodes, (write, visitor) -> node(write, changes.dataset(), ids, visitor));
        InputIterable relationshipInput = () -> new Chunks<>(relationships, (write, visitor) -> relationship(write, changes.dataset(), ids, visitor));
        // Rough sizes: the importer only sizes its buffers by them.
        var estimates = Input.knownEstimates(nodes.size(), relationships.size(), nodes.size() * 8L, relationships.size() * 3L,
                nodes.size() * 8L * 24, relationships.size() * 3L * 12, nodes.size() * 2L);
        return Input.input(nodeInput, relationshipInput, IdType.STRING, estimates, groups, false);
    }

    private static void node(ChangeSet.NodeWrite write, String dataset, Group ids, InputEntityVisitor visitor) {
        visitor.id(write.id(), ids);
        visitor.labels(new String[] {EntityKind.ENTITY_LABEL, write.kind().label()});
        WritePlan.stored(write.properties(), dataset, write.hash()).forEach((key, value) -> visitor.property(key, storable(value), false));
    }

    private static void relationship(ChangeSet.RelationshipWrite write, String dataset, Group ids, InputEntityVisitor visitor) {
        visitor.startId(write.key().from(), ids);
        visitor.endId(write.key().to(), ids);
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

    /** Hands out the items in chunks, to as many of the importer's threads as ask. */
    private static final class Chunks<T> implements InputIterator {

        private final List<T> items;
        private final BiConsumer<T, InputEntityVisitor> visit;
        private int next;

        Chunks(List<T> items, BiConsumer<T, InputEntityVisitor> visit) {
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
                visit.accept(items.get(at++), visitor);
                visitor.endOfEntity();
                return true;
            }

            @Override
            public void close() {
            }
        }
    }
}
