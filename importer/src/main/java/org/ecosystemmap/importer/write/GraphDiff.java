package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.RelationshipRecord;
import org.neo4j.driver.Value;

/**
 * Compares a dataset with what the graph holds and works out the {@link ChangeSet}: the entities and
 * relationships to create, to update (any property differs) and, when pruning, to delete because this
 * dataset no longer holds them. Reads only; batches its look-ups.
 */
final class GraphDiff {

    /** The diff with its counts per table and the first changes of each. */
    record Result(ChangeSet changes, Map<String, ImportReport.Counts> counts, List<ImportReport.Change> listed) {
    }

    private record Existing(EntityKind kind, Map<String, Object> properties) {
    }

    private final EcosystemGraph graph;
    private final int batchSize;

    GraphDiff(EcosystemGraph graph, int batchSize) {
        this.graph = graph;
        this.batchSize = batchSize;
    }

    Result compute(Dataset dataset, boolean prune) {
        var tally = new Tally();

        var existing = existingNodes(dataset.entities().stream().map(e -> e.id()).toList());
        var nodeWrites = new ArrayList<ChangeSet.NodeWrite>();
        for (var entity : dataset.entities()) {
            var wanted = new HashMap<>(entity.properties());
            wanted.put("dataset", dataset.name());
            var current = existing.get(entity.id());
            var table = entity.kind().table();
            if (current == null) {
                nodeWrites.add(new ChangeSet.NodeWrite(entity.kind(), entity.id(), wanted, true, false));
                tally.created(table, entity.id());
            } else if (current.kind() != entity.kind() || !current.properties().equals(wanted)) {
                nodeWrites.add(new ChangeSet.NodeWrite(entity.kind(), entity.id(), wanted, false, current.kind() != entity.kind()));
                tally.updated(table, entity.id());
            } else {
                tally.unchanged(table);
            }
        }

        var nodeDeletes = new ArrayList<String>();
        if (prune) {
            var kept = new HashSet<String>();
            dataset.entities().forEach(e -> kept.add(e.id()));
            for (var owned : ownedNodes(dataset.name()).entrySet()) {
                if (!kept.contains(owned.getKey())) {
                    nodeDeletes.add(owned.getKey());
                    tally.deleted(owned.getValue().table(), owned.getKey());
                }
            }
        }

        var relationships = DatasetTables.RELATIONSHIPS;
        var keys = dataset.relationships().stream().map(RelationshipRecord::key).toList();
        var existingRelationships = existingRelationships(keys);
        var relationshipWrites = new ArrayList<ChangeSet.RelationshipWrite>();
        for (var relationship : dataset.relationships()) {
            var wanted = new HashMap<>(relationship.properties());
            wanted.put("dataset", dataset.name());
            var current = existingRelationships.get(relationship.key());
            if (current == null) {
                relationshipWrites.add(new ChangeSet.RelationshipWrite(relationship.key(), wanted, true));
                tally.created(relationships, relationship.key());
            } else if (!current.equals(wanted)) {
                relationshipWrites.add(new ChangeSet.RelationshipWrite(relationship.key(), wanted, false));
                tally.updated(relationships, relationship.key());
            } else {
                tally.unchanged(relationships);
            }
        }
        var relationshipDeletes = new ArrayList<RelationshipRecord.Key>();
        if (prune) {
            Set<RelationshipRecord.Key> kept = new HashSet<>(keys);
            var deletedNodes = new HashSet<>(nodeDeletes);
            for (var owned : ownedRelationships(dataset.name())) {
                // A relationship of a deleted node goes with it; it is counted, not deleted twice.
                if (!kept.contains(owned)) {
                    if (!deletedNodes.contains(owned.from()) && !deletedNodes.contains(owned.to())) {
                        relationshipDeletes.add(owned);
                    }
                    tally.deleted(relationships, owned);
                }
            }
        }

        return new Result(new ChangeSet(nodeWrites, nodeDeletes, relationshipWrites, relationshipDeletes), tally.counts(), tally.listed());
    }

    private Map<String, Existing> existingNodes(List<String> ids) {
        var found = new HashMap<String, Existing>();
        for (int i = 0; i < ids.size(); i += batchSize) {
            var batch = ids.subList(i, Math.min(ids.size(), i + batchSize));
            graph.read(tx -> {
                tx.run("""
                        UNWIND $ids AS id
                        MATCH (n:Entity {id: id})
                        RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
                        """, Map.of("ids", batch))
                        .forEachRemaining(r -> found.put(r.get("id").asString(),
                                new Existing(kindOf(r.get("labels")), r.get("properties").asMap())));
                return null;
            });
        }
        return found;
    }

    private Map<String, EntityKind> ownedNodes(String dataset) {
        var owned = new HashMap<String, EntityKind>();
        graph.read(tx -> {
            tx.run("MATCH (n:Entity {dataset: $dataset}) RETURN n.id AS id, labels(n) AS labels", Map.of("dataset", dataset))
                    .forEachRemaining(r -> owned.put(r.get("id").asString(), kindOf(r.get("labels"))));
            return null;
        });
        return owned;
    }

    private Map<RelationshipRecord.Key, Map<String, Object>> existingRelationships(List<RelationshipRecord.Key> keys) {
        var found = new HashMap<RelationshipRecord.Key, Map<String, Object>>();
        for (int i = 0; i < keys.size(); i += batchSize) {
            var batch = keys.subList(i, Math.min(keys.size(), i + batchSize)).stream()
                    .map(k -> Map.of("from", k.from(), "type", k.type(), "to", k.to())).toList();
            graph.read(tx -> {
                tx.run("""
                        UNWIND $keys AS key
                        MATCH (a:Entity {id: key.from})-[r]->(b:Entity {id: key.to})
                        WHERE type(r) = key.type
                        RETURN key.from AS from, key.type AS type, key.to AS to, properties(r) AS properties
                        """, Map.of("keys", batch))
                        .forEachRemaining(r -> found.put(
                                new RelationshipRecord.Key(r.get("from").asString(), r.get("type").asString(), r.get("to").asString()),
                                r.get("properties").asMap()));
                return null;
            });
        }
        return found;
    }

    private List<RelationshipRecord.Key> ownedRelationships(String dataset) {
        return graph.query("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE r.dataset = $dataset
                RETURN a.id AS from, type(r) AS type, b.id AS to
                """, Map.of("dataset", dataset),
                r -> new RelationshipRecord.Key(r.get("from").asString(), r.get("type").asString(), r.get("to").asString()));
    }

    static EntityKind kindOf(Value labels) {
        for (var label : labels.asList(Value::asString)) {
            var kind = EntityKind.ofLabel(label);
            if (kind.isPresent()) {
                return kind.get();
            }
        }
        return null;
    }
}
