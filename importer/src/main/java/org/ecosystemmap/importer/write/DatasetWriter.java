package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a {@link ChangeSet} in one write transaction, in batches of {@code UNWIND $rows ... MERGE} on the
 * unique ids: it lands whole or, when anything fails (or the process dies), not at all. Labels and
 * relationship types in the statements come from the vocabulary, never from the dataset.
 */
final class DatasetWriter {

    private static final String ALL_KIND_LABELS = Arrays.stream(EntityKind.values())
            .map(EntityKind::label).collect(Collectors.joining(":"));

    private final EcosystemGraph graph;
    private final int batchSize;

    DatasetWriter(EcosystemGraph graph, int batchSize) {
        this.graph = graph;
        this.batchSize = batchSize;
    }

    void write(ChangeSet changes, Progress progress) {
        if (changes.isEmpty()) {
            return;
        }
        graph.write(tx -> {
            deleteRelationships(tx, changes, progress);
            deleteNodes(tx, changes, progress);
            writeNodes(tx, changes, progress);
            writeRelationships(tx, changes, progress);
            return null;
        });
    }

    private void deleteRelationships(TransactionContext tx, ChangeSet changes, Progress progress) {
        for (var type : RelationType.values()) {
            var rows = changes.relationshipDeletes().stream().filter(k -> k.type().equals(type.name()))
                    .map(k -> Map.<String, Object>of("from", k.from(), "to", k.to())).toList();
            inBatches(rows, batch -> tx.run("""
                    UNWIND $rows AS row
                    MATCH (:Entity {id: row.from})-[r:%s]->(:Entity {id: row.to})
                    DELETE r
                    """.formatted(type.name()), Map.of("rows", batch)).consume(), progress);
        }
    }

    private void deleteNodes(TransactionContext tx, ChangeSet changes, Progress progress) {
        inBatches(changes.nodeDeletes(), batch -> tx.run("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                DETACH DELETE n
                """, Map.of("ids", batch)).consume(), progress);
    }

    private void writeNodes(TransactionContext tx, ChangeSet changes, Progress progress) {
        var relabelled = changes.nodeWrites().stream().filter(ChangeSet.NodeWrite::relabel).map(ChangeSet.NodeWrite::id).toList();
        inBatches(relabelled, batch -> tx.run("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                REMOVE n:%s
                """.formatted(ALL_KIND_LABELS), Map.of("ids", batch)).consume(), Progress.NONE);
        for (var kind : EntityKind.values()) {
            var rows = changes.nodeWrites().stream().filter(w -> w.kind() == kind)
                    .map(w -> Map.<String, Object>of("id", w.id(), "properties", w.properties())).toList();
            inBatches(rows, batch -> tx.run("""
                    UNWIND $rows AS row
                    MERGE (n:Entity {id: row.id})
                    SET n = row.properties, n:%s
                    """.formatted(kind.label()), Map.of("rows", batch)).consume(), progress);
        }
    }

    private void writeRelationships(TransactionContext tx, ChangeSet changes, Progress progress) {
        for (var type : RelationType.values()) {
            var rows = changes.relationshipWrites().stream().filter(w -> w.key().type().equals(type.name()))
                    .map(w -> Map.<String, Object>of("from", w.key().from(), "to", w.key().to(), "properties", w.properties()))
                    .toList();
            inBatches(rows, batch -> tx.run("""
                    UNWIND $rows AS row
                    MATCH (a:Entity {id: row.from})
                    MATCH (b:Entity {id: row.to})
                    MERGE (a)-[r:%s]->(b)
                    SET r = row.properties
                    """.formatted(type.name()), Map.of("rows", batch)).consume(), progress);
        }
    }

    private <T> void inBatches(List<T> rows, Consumer<List<T>> write, Progress progress) {
        for (int i = 0; i < rows.size(); i += batchSize) {
            var batch = new ArrayList<>(rows.subList(i, Math.min(rows.size(), i + batchSize)));
            write.accept(batch);
            progress.advanced(batch.size());
        }
    }
}
