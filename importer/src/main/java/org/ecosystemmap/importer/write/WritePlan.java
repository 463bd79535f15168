package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.RelationType;

/**
 * The steps that write a change set, in the one order that is always valid: relationships are removed
 * before nodes, and nodes are written before the relationships between them. Steps are made one batch at
 * a time as they are handed on, so that a large change set is not held twice in memory.
 */
final class WritePlan {

    private static final Set<String> RELATIONSHIP_PROPERTIES = RelationType.PROPERTIES.stream().map(PropertySpec::name)
            .collect(Collectors.toUnmodifiableSet());

    private final ChangeSet changes;
    private final int batchSize;

    WritePlan(ChangeSet changes, int batchSize) {
        this.changes = changes;
        this.batchSize = batchSize;
    }

    void forEachStep(Consumer<Step> consumer) {
        var deletes = byType(changes.relationshipDeletes(), d -> d.key().type());
        for (var type : RelationType.values()) {
            steps(deletes.getOrDefault(type.name(), List.of()), d -> Map.of("element", d.element()), Action.REMOVE_RELATIONSHIPS, type.name(), consumer);
        }
        steps(changes.nodeRemovals().stream().filter(r -> !r.delete()).toList(), WritePlan::detach, Action.DETACH_NODES, null, consumer);
        steps(changes.nodeRemovals().stream().filter(ChangeSet.NodeRemoval::delete).toList(), r -> Map.of("element", r.element()),
                Action.REMOVE_NODES, null, consumer);
        var nodes = byType(changes.nodeWrites(), w -> w.kind().label() + (w.created() ? "+" : ""));
        // Every kind in the same batches: one statement names the label of each row.
        steps(Arrays.stream(EntityKind.values()).flatMap(kind -> nodes.getOrDefault(kind.label() + "+", List.<ChangeSet.NodeWrite>of()).stream())
                .toList(), this::created, Action.CREATE_NODES, null, consumer);
        for (var kind : EntityKind.values()) {
            steps(nodes.getOrDefault(kind.label(), List.of()), this::updated, Action.UPDATE_NODES, kind.label(), consumer);
        }
        var relationships = byType(changes.relationshipWrites(), w -> w.key().type() + (w.created() ? "+" : ""));
        for (var type : RelationType.values()) {
            steps(relationships.getOrDefault(type.name() + "+", List.of()), WritePlan::created, Action.CREATE_RELATIONSHIPS, type.name(), consumer);
            steps(relationships.getOrDefault(type.name(), List.of()), this::updated, Action.UPDATE_RELATIONSHIPS, type.name(), consumer);
        }
    }

    /** The items grouped in one pass by what their steps target (and, marked with a +, whether they are created). */
    private static <T> Map<String, List<T>> byType(List<T> items, Function<T, String> group) {
        var groups = new HashMap<String, List<T>>();
        items.forEach(item -> groups.computeIfAbsent(group.apply(item), g -> new ArrayList<>()).add(item));
        return groups;
    }

    private static Map<String, Object> detach(ChangeSet.NodeRemoval removal) {
        var row = new HashMap<String, Object>();
        row.put("element", removal.element());
        row.put("dataset", removal.newDataset());
        return row;
    }

    private Map<String, Object> created(ChangeSet.NodeWrite write) {
        return Map.of("id", write.id(), "label", write.kind().label(), "properties", stored(write.properties(), write.hash()));
    }

    private Map<String, Object> updated(ChangeSet.NodeWrite write) {
        return Map.of("element", write.element(), "properties", stored(write.properties(), write.hash()), "relabel", write.relabel());
    }

    private static Map<String, Object> created(ChangeSet.RelationshipWrite write) {
        if (!RELATIONSHIP_PROPERTIES.containsAll(write.properties().keySet())) {
            // CREATE_RELATIONSHIPS spells out the vocabulary's properties; anything else would be silently lost.
            throw new IllegalStateException("a relationship property the vocabulary does not list: " + write.properties().keySet());
        }
        return Map.of("from", write.key().from(), "to", write.key().to(), "properties", write.properties(), "hash", write.hash());
    }

    private Map<String, Object> updated(ChangeSet.RelationshipWrite write) {
        return Map.of("element", write.element(), "properties", stored(write.properties(), write.hash()));
    }

    private Map<String, Object> stored(Map<String, Object> properties, long hash) {
        return stored(properties, changes.dataset(), hash);
    }

    /** The properties as the graph stores them: the dataset's, its name as provenance, and their digest. */
    static Map<String, Object> stored(Map<String, Object> properties, String dataset, long hash) {
        var stored = new HashMap<>(properties);
        stored.put("dataset", dataset);
        stored.put(ContentHash.PROPERTY, hash);
        return stored;
    }

    private <T> void steps(List<T> items, Function<T, Map<String, Object>> row, Action action, String target, Consumer<Step> consumer) {
        var batch = new ArrayList<Map<String, Object>>();
        for (var item : items) {
            batch.add(row.apply(item));
            if (batch.size() == batchSize) {
                consumer.accept(new Step(action, target, batch));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            consumer.accept(new Step(action, target, batch));
        }
    }
}
