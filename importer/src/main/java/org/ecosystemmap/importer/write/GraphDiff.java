package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.RelationshipRecord;
import org.neo4j.driver.Value;

/**
 * Compares a dataset with what the graph holds and works out the {@link ChangeSet}: the entities and
 * relationships to create, to update (any property differs) and, when pruning, to delete because this
 * dataset no longer holds them. Reads only.
 * <p>
 * What the dataset wrote before is read in one streaming query each for nodes and relationships, by the
 * {@code dataset} property, and compared as it arrives: a re-import costs two scans, not a look-up per row.
 * Only what the graph may hold under another dataset's name is looked up by key, in batches: ids not found
 * in the scan, and relationships not found whose two ends both exist (a relationship between entities that
 * are new cannot exist yet, so a first import looks up no relationship at all).
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

        var owned = ownedNodes(dataset.name());
        var existing = new HashMap<>(owned);
        existing.putAll(existingNodes(dataset.entities().stream().map(e -> e.id()).filter(id -> !owned.containsKey(id)).toList()));
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
            for (var node : owned.entrySet()) {
                if (!kept.contains(node.getKey())) {
                    nodeDeletes.add(node.getKey());
                    tally.deleted(node.getValue().kind().table(), node.getKey());
                }
            }
        }

        var relationships = DatasetTables.RELATIONSHIPS;
        var wantedRelationships = new LinkedHashMap<RelationshipRecord.Key, Map<String, Object>>();
        for (var relationship : dataset.relationships()) {
            var wanted = new HashMap<>(relationship.properties());
            wanted.put("dataset", dataset.name());
            wantedRelationships.put(relationship.key(), wanted);
        }
        // Per key in the graph: whether its properties are the wanted ones.
        var found = new HashMap<RelationshipRecord.Key, Boolean>();
        var noLongerWanted = new ArrayList<RelationshipRecord.Key>();
        streamOwnedRelationships(dataset.name(), (key, properties) -> {
            var wanted = wantedRelationships.get(key);
            if (wanted == null) {
                noLongerWanted.add(key);
            } else {
                found.put(key, wanted.equals(properties));
            }
        });
        var unknown = wantedRelationships.keySet().stream()
                .filter(k -> !found.containsKey(k) && existing.containsKey(k.from()) && existing.containsKey(k.to())).toList();
        existingRelationships(unknown).forEach((key, properties) -> found.put(key, wantedRelationships.get(key).equals(properties)));

        var relationshipWrites = new ArrayList<ChangeSet.RelationshipWrite>();
        wantedRelationships.forEach((key, wanted) -> {
            var same = found.get(key);
            if (same == null) {
                relationshipWrites.add(new ChangeSet.RelationshipWrite(key, wanted, true));
                tally.created(relationships, key);
            } else if (!same) {
                relationshipWrites.add(new ChangeSet.RelationshipWrite(key, wanted, false));
                tally.updated(relationships, key);
            } else {
                tally.unchanged(relationships);
            }
        });
        var relationshipDeletes = new ArrayList<RelationshipRecord.Key>();
        if (prune) {
            var deletedNodes = new HashSet<>(nodeDeletes);
            for (var key : noLongerWanted) {
                // A relationship of a deleted node goes with it; it is counted, not deleted twice.
                if (!deletedNodes.contains(key.from()) && !deletedNodes.contains(key.to())) {
                    relationshipDeletes.add(key);
                }
                tally.deleted(relationships, key);
            }
        }

        return new Result(new ChangeSet(nodeWrites, nodeDeletes, relationshipWrites, relationshipDeletes), tally.counts(), tally.listed());
    }

    /** The nodes this dataset wrote, by id: one scan of the dataset index. */
    private Map<String, Existing> ownedNodes(String dataset) {
        var owned = new HashMap<String, Existing>();
        graph.read(tx -> {
            tx.run("""
                    MATCH (n:Entity {dataset: $dataset})
                    RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
                    """, Map.of("dataset", dataset))
                    .forEachRemaining(r -> owned.put(r.get("id").asString(), new Existing(kindOf(r.get("labels")), r.get("properties").asMap())));
            return null;
        });
        return owned;
    }

    /** The nodes with these ids, whoever wrote them; batched look-ups on the unique id. */
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

    private interface RelationshipSink {
        void accept(RelationshipRecord.Key key, Map<String, Object> properties);
    }

    /** Streams every relationship this dataset wrote, with its properties: one scan, compared as it arrives. */
    private void streamOwnedRelationships(String dataset, RelationshipSink sink) {
        graph.read(tx -> {
            tx.run("""
                    MATCH (a:Entity)-[r]->(b:Entity)
                    WHERE r.dataset = $dataset
                    RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
                    """, Map.of("dataset", dataset))
                    .forEachRemaining(r -> sink.accept(new RelationshipRecord.Key(r.get("from").asString(), r.get("type").asString(),
                            r.get("to").asString()), r.get("properties").asMap()));
            return null;
        });
    }

    /**
     * The relationships with these keys, whoever wrote them, with their properties. Looked up per type, so
     * that the database expands each pair of ends by that type only.
     */
    private Map<RelationshipRecord.Key, Map<String, Object>> existingRelationships(List<RelationshipRecord.Key> keys) {
        var found = new HashMap<RelationshipRecord.Key, Map<String, Object>>();
        for (var type : RelationType.values()) {
            var ofType = keys.stream().filter(k -> k.type().equals(type.name())).map(k -> Map.of("from", k.from(), "to", k.to())).toList();
            for (int i = 0; i < ofType.size(); i += batchSize) {
                var batch = ofType.subList(i, Math.min(ofType.size(), i + batchSize));
                graph.read(tx -> {
                    tx.run("""
                            UNWIND $keys AS key
                            MATCH (a:Entity {id: key.from})-[r:%s]->(b:Entity {id: key.to})
                            RETURN key.from AS from, key.to AS to, properties(r) AS properties
                            """.formatted(type.name()), Map.of("keys", batch))
                            .forEachRemaining(r -> found.put(new RelationshipRecord.Key(r.get("from").asString(), type.name(),
                                    r.get("to").asString()), r.get("properties").asMap()));
                    return null;
                });
            }
        }
        return found;
    }

    static EntityKind kindOf(Value labels) {
        return EntityKind.fromLabels(labels.asList(Value::asString));
    }
}
