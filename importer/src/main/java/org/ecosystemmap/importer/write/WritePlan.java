package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;

/**
 * The steps that write a change set, in the one order that is always valid: relationships are deleted
 * before nodes, and nodes are written before the relationships between them. Steps are made one batch at
 * a time as they are handed on, so that a large change set is not held twice in memory. What the diff found
 * absent is created without a look-up first; the rest is merged.
 */
final class WritePlan {

    private final ChangeSet changes;
    private final int batchSize;

    WritePlan(ChangeSet changes, int batchSize) {
        this.changes = changes;
        this.batchSize = batchSize;
    }

    void forEachStep(Consumer<Step> consumer) {
        for (var type : RelationType.values()) {
            batches(changes.relationshipDeletes().stream().filter(k -> k.type().equals(type.name()))
                    .map(k -> Map.<String, Object>of("from", k.from(), "to", k.to())).iterator(),
                    rows -> consumer.accept(new Step(Action.DELETE_RELATIONSHIPS, type.name(), rows)));
        }
        batches(changes.nodeDeletes().stream().map(id -> Map.<String, Object>of("id", id)).iterator(),
                rows -> consumer.accept(new Step(Action.DELETE_NODES, null, rows)));
        for (var kind : EntityKind.values()) {
            for (boolean created : new boolean[] {true, false}) {
                batches(changes.nodeWrites().stream().filter(w -> w.kind() == kind && w.created() == created).map(WritePlan::row).iterator(),
                        rows -> consumer.accept(new Step(created ? Action.CREATE_NODES : Action.WRITE_NODES, kind.label(), rows)));
            }
        }
        for (var type : RelationType.values()) {
            for (boolean created : new boolean[] {true, false}) {
                batches(changes.relationshipWrites().stream().filter(w -> w.key().type().equals(type.name()) && w.created() == created)
                        .map(WritePlan::row).iterator(),
                        rows -> consumer.accept(new Step(created ? Action.CREATE_RELATIONSHIPS : Action.WRITE_RELATIONSHIPS, type.name(), rows)));
            }
        }
    }

    private static Map<String, Object> row(ChangeSet.NodeWrite write) {
        var row = new HashMap<String, Object>();
        row.put("id", write.id());
        row.put("properties", write.properties());
        row.put("relabel", write.relabel());
        return row;
    }

    private static Map<String, Object> row(ChangeSet.RelationshipWrite write) {
        return Map.of("from", write.key().from(), "to", write.key().to(), "properties", write.properties());
    }

    private void batches(Iterator<Map<String, Object>> rows, Consumer<List<Map<String, Object>>> batch) {
        var current = new ArrayList<Map<String, Object>>();
        while (rows.hasNext()) {
            current.add(rows.next());
            if (current.size() == batchSize) {
                batch.accept(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            batch.accept(current);
        }
    }
}
