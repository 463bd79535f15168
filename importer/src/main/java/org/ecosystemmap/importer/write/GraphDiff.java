package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.EntityRecord;
import org.ecosystemmap.importer.dataset.RelationshipRecord;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Compares a dataset with what the graph holds and works out the {@link ChangeSet}: the entities and
 * relationships to create, to update (their digest differs, see {@link ContentHash}) and, when pruning, to
 * delete because this dataset no longer holds them. Reads only.
 * <p>
 * What the dataset wrote before is read in one streaming query each for nodes and relationships, by the
 * {@code dataset} property, and compared as it arrives: ids, element ids and digests only, never the
 * properties. Only what the graph may hold under another dataset's name is looked up, in batches: ids not
 * found in the scan, and relationships not found whose two ends both exist (a relationship between entities
 * that are new cannot exist yet, so a first import looks up no relationship at all).
 * <p>
 * Each read is a transaction function that builds its findings afresh and returns them; they are combined
 * only after it has returned, so a read the driver retries counts nothing twice.
 */
final class GraphDiff {

    /** The diff with its counts per table and the first changes of each. */
    record Result(ChangeSet changes, Map<String, ImportReport.Counts> counts, List<ImportReport.Change> listed) {
    }

    /** An entity as the graph holds it: what addresses it and what it is compared by. */
    private record Node(String id, String element, EntityKind kind, Long hash) {
    }

    /** A relationship the dataset wrote before and no longer holds, with its ends' element ids. */
    private record Unwanted(String element, String type, String from, String to) {
    }

    /** What the scan of the dataset's relationships found. */
    private record Scan(Found found, List<Unwanted> unwanted) {
    }

    /** Which of the dataset's relationships (by index) the graph holds, and whether with the wanted digest. */
    private static final class Found {
        static final byte ABSENT = 0;
        static final byte SAME = 1;
        static final byte CHANGED = 2;

        private final byte[] states;
        private final Map<Integer, String> changedElements = new HashMap<>();

        Found(int relationships) {
            states = new byte[relationships];
        }

        void found(int index, String element, boolean same) {
            states[index] = same ? SAME : CHANGED;
            if (!same) {
                changedElements.put(index, element);
            }
        }

        void add(List<Relationship> relationships) {
            relationships.forEach(r -> found(r.index(), r.element(), r.same()));
        }

        byte state(int index) {
            return states[index];
        }

        String element(int index) {
            return changedElements.get(index);
        }
    }

    /** A relationship of the dataset (by its index) that another dataset wrote. */
    private record Relationship(int index, String element, boolean same) {
    }

    private final EcosystemGraph graph;
    private final int batchSize;

    GraphDiff(EcosystemGraph graph, int batchSize) {
        this.graph = graph;
        this.batchSize = batchSize;
    }

    Result compute(Dataset dataset, boolean prune) {
        var name = dataset.name();
        var tally = new Tally();

        var owned = graph.read(tx -> ownedNodes(tx, name));
        var existing = new HashMap<>(owned);
        existing.putAll(otherNodes(dataset.entities().stream().map(EntityRecord::id).filter(id -> !owned.containsKey(id)).toList(),
                name, owned.size()));

        var nodeWrites = new ArrayList<ChangeSet.NodeWrite>();
        for (var entity : dataset.entities()) {
            long hash = ContentHash.ofEntity(entity.kind(), entity.properties(), name);
            var current = existing.get(entity.id());
            var table = entity.kind().table();
            if (current == null) {
                nodeWrites.add(new ChangeSet.NodeWrite(entity.kind(), entity.id(), entity.properties(), hash, null, false));
                tally.created(table, entity.id());
            } else if (current.kind() != entity.kind() || !Objects.equals(current.hash(), hash)) {
                nodeWrites.add(new ChangeSet.NodeWrite(entity.kind(), entity.id(), entity.properties(), hash, current.element(),
                        current.kind() != entity.kind()));
                tally.updated(table, entity.id());
            } else {
                tally.unchanged(table);
            }
        }

        var nodeRemovals = new ArrayList<ChangeSet.NodeRemoval>();
        if (prune) {
            var kept = dataset.entities().stream().map(EntityRecord::id).collect(Collectors.toSet());
            var gone = owned.values().stream().filter(node -> !kept.contains(node.id())).toList();
            var otherDatasets = otherDatasetsReferencing(gone.stream().map(Node::element).toList(), name);
            for (var node : gone) {
                var others = otherDatasets.getOrDefault(node.element(), List.of());
                var table = node.kind().table();
                if (others.isEmpty()) {
                    nodeRemovals.add(new ChangeSet.NodeRemoval(node.id(), node.element(), true, null));
                    tally.deleted(table, node.id());
                } else {
                    nodeRemovals.add(new ChangeSet.NodeRemoval(node.id(), node.element(), false, mostFrequent(others)));
                    tally.detached(table, node.id());
                }
            }
        }

        var relationships = dataset.relationships();
        var index = new HashMap<RelationshipRecord.Key, Integer>(relationships.size() * 4 / 3 + 1);
        var hashes = new long[relationships.size()];
        for (int i = 0; i < relationships.size(); i++) {
            var relationship = relationships.get(i);
            index.put(relationship.key(), i);
            hashes[i] = ContentHash.ofRelationship(relationship.properties(), name);
        }
        var ids = new HashMap<String, String>(existing.size() * 4 / 3 + 1);
        existing.values().forEach(node -> ids.put(node.element(), node.id()));
        var scan = graph.read(tx -> scanOwnedRelationships(tx, name, ids, index, hashes));
        var found = scan.found();
        var unknown = new ArrayList<Integer>();
        for (int i = 0; i < relationships.size(); i++) {
            var relationship = relationships.get(i);
            if (found.state(i) == Found.ABSENT && existing.containsKey(relationship.from()) && existing.containsKey(relationship.to())) {
                unknown.add(i);
            }
        }
        found.add(existingRelationships(unknown, relationships, existing, hashes));

        var relationshipWrites = new ArrayList<ChangeSet.RelationshipWrite>();
        var table = DatasetTables.RELATIONSHIPS;
        for (int i = 0; i < relationships.size(); i++) {
            var relationship = relationships.get(i);
            switch (found.state(i)) {
                case Found.ABSENT -> {
                    relationshipWrites.add(new ChangeSet.RelationshipWrite(relationship.key(), relationship.properties(), hashes[i], null));
                    tally.created(table, relationship.key());
                }
                case Found.CHANGED -> {
                    relationshipWrites.add(new ChangeSet.RelationshipWrite(relationship.key(), relationship.properties(), hashes[i],
                            found.element(i)));
                    tally.updated(table, relationship.key());
                }
                default -> tally.unchanged(table);
            }
        }

        var relationshipDeletes = new ArrayList<ChangeSet.RelationshipDelete>();
        if (prune) {
            var deletedNodes = nodeRemovals.stream().filter(ChangeSet.NodeRemoval::delete).map(ChangeSet.NodeRemoval::element)
                    .collect(Collectors.toSet());
            var foreignIds = idsOf(scan.unwanted().stream().flatMap(u -> Stream.of(u.from(), u.to()))
                    .filter(element -> !ids.containsKey(element)).distinct().toList());
            for (var unwanted : scan.unwanted()) {
                var key = new RelationshipRecord.Key(idOf(unwanted.from(), ids, foreignIds), unwanted.type(), idOf(unwanted.to(), ids, foreignIds));
                // A relationship of a deleted node goes with it; it is counted, not deleted twice.
                if (!deletedNodes.contains(unwanted.from()) && !deletedNodes.contains(unwanted.to())) {
                    relationshipDeletes.add(new ChangeSet.RelationshipDelete(key, unwanted.element()));
                }
                tally.deleted(table, key);
            }
        }

        var elementIds = new HashMap<String, String>(existing.size() * 4 / 3 + 1);
        existing.values().forEach(node -> elementIds.put(node.id(), node.element()));
        return new Result(new ChangeSet(name, nodeWrites, nodeRemovals, relationshipWrites, relationshipDeletes, elementIds),
                tally.counts(), tally.listed());
    }

    /** The nodes this dataset wrote, by id: one scan of the dataset index. */
    private static Map<String, Node> ownedNodes(TransactionContext tx, String dataset) {
        var owned = new HashMap<String, Node>();
        tx.run("""
                MATCH (n:Entity {dataset: $dataset})
                RETURN n.id AS id, elementId(n) AS element, labels(n) AS labels, n.%s AS hash
                """.formatted(ContentHash.PROPERTY), Map.of("dataset", dataset))
                .forEachRemaining(r -> owned.put(r.get("id").asString(), node(r.get("id"), r.get("element"), r.get("labels"), r.get("hash"))));
        return owned;
    }

    /**
     * The nodes with these ids that other datasets wrote (or none). When there are fewer such nodes in the
     * whole graph than ids to look up, as on a first import into a sparse graph, they are read in one scan;
     * otherwise each id is looked up on the unique index, in batches.
     */
    private Map<String, Node> otherNodes(List<String> ids, String dataset, int owned) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        long others = graph.read(tx -> tx.run("MATCH (n:Entity) RETURN count(n) AS n").single().get("n").asLong()) - owned;
        if (others <= 0) {
            return Map.of();
        }
        var found = new HashMap<String, Node>();
        if (others < ids.size()) {
            var wanted = new HashSet<>(ids);
            found.putAll(graph.read(tx -> {
                var nodes = new HashMap<String, Node>();
                tx.run("""
                        MATCH (n:Entity) WHERE n.dataset IS NULL OR n.dataset <> $dataset
                        RETURN n.id AS id, elementId(n) AS element, labels(n) AS labels, n.%s AS hash
                        """.formatted(ContentHash.PROPERTY), Map.of("dataset", dataset)).forEachRemaining(r -> {
                    if (wanted.contains(r.get("id").asString())) {
                        nodes.put(r.get("id").asString(), node(r.get("id"), r.get("element"), r.get("labels"), r.get("hash")));
                    }
                });
                return nodes;
            }));
            return found;
        }
        for (var batch : batches(ids)) {
            found.putAll(graph.read(tx -> {
                var nodes = new HashMap<String, Node>();
                tx.run("""
                        UNWIND $ids AS id
                        MATCH (n:Entity {id: id})
                        RETURN n.id AS id, elementId(n) AS element, labels(n) AS labels, n.%s AS hash
                        """.formatted(ContentHash.PROPERTY), Map.of("ids", batch))
                        .forEachRemaining(r -> nodes.put(r.get("id").asString(), node(r.get("id"), r.get("element"), r.get("labels"), r.get("hash"))));
                return nodes;
            }));
        }
        return found;
    }

    private static Node node(Value id, Value element, Value labels, Value hash) {
        return new Node(id.asString(), element.asString(), kindOf(labels), hash.isNull() ? null : hash.asLong());
    }

    /**
     * Streams every relationship this dataset wrote, with its ends' and its own element ids and its digest, and
     * compares it with the dataset's as it arrives; what it finds is returned, nothing else is touched.
     */
    private static Scan scanOwnedRelationships(TransactionContext tx, String dataset, Map<String, String> ids,
            Map<RelationshipRecord.Key, Integer> index, long[] hashes) {
        var found = new Found(hashes.length);
        var unwanted = new ArrayList<Unwanted>();
        tx.run("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE r.dataset = $dataset
                RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, elementId(r) AS element, r.%s AS hash
                """.formatted(ContentHash.PROPERTY), Map.of("dataset", dataset)).forEachRemaining(r -> {
            var from = r.get("from").asString();
            var to = r.get("to").asString();
            var type = r.get("type").asString();
            var fromId = ids.get(from);
            var toId = ids.get(to);
            var i = fromId == null || toId == null ? null : index.get(new RelationshipRecord.Key(fromId, type, toId));
            if (i == null) {
                unwanted.add(new Unwanted(r.get("element").asString(), type, from, to));
            } else {
                var hash = r.get("hash");
                found.found(i, r.get("element").asString(), !hash.isNull() && hash.asLong() == hashes[i]);
            }
        });
        return new Scan(found, unwanted);
    }

    /**
     * The relationships of the dataset at these indexes that another dataset (or a curator) wrote between two
     * entities that exist. Looked up per type, from the element id of the start, so that the database expands
     * each start by that type only.
     */
    private List<Relationship> existingRelationships(List<Integer> indexes, List<RelationshipRecord> relationships, Map<String, Node> existing,
            long[] hashes) {
        var found = new ArrayList<Relationship>();
        for (var type : RelationType.values()) {
            var ofType = indexes.stream().filter(i -> relationships.get(i).type() == type)
                    .map(i -> Map.<String, Object>of("index", i, "a", existing.get(relationships.get(i).from()).element(),
                            "b", existing.get(relationships.get(i).to()).element()))
                    .toList();
            for (var batch : batches(ofType)) {
                found.addAll(graph.read(tx -> tx.run("""
                        UNWIND $rows AS row
                        MATCH (a) WHERE elementId(a) = row.a
                        MATCH (a)-[r:%s]->(b) WHERE elementId(b) = row.b
                        RETURN row.index AS index, elementId(r) AS element, r.%s AS hash
                        """.formatted(type.name(), ContentHash.PROPERTY), Map.of("rows", batch)).list(r -> {
                    int i = r.get("index").asInt();
                    var hash = r.get("hash");
                    return new Relationship(i, r.get("element").asString(), !hash.isNull() && hash.asLong() == hashes[i]);
                })));
            }
        }
        return found;
    }

    /**
     * For each of these nodes, the datasets of the relationships it has that another dataset wrote (null for
     * a relationship without one): a node still in use elsewhere is detached from the dataset, not deleted.
     */
    private Map<String, List<String>> otherDatasetsReferencing(List<String> elements, String dataset) {
        var others = new HashMap<String, List<String>>();
        for (var batch : batches(elements)) {
            others.putAll(graph.read(tx -> {
                var found = new HashMap<String, List<String>>();
                tx.run("""
                        UNWIND $elements AS element
                        MATCH (n) WHERE elementId(n) = element
                        RETURN element, [(n)-[r]-() WHERE r.dataset IS NULL OR r.dataset <> $dataset | coalesce(r.dataset, '')] AS others
                        """, Map.of("elements", batch, "dataset", dataset)).forEachRemaining(r -> {
                    var datasets = r.get("others").asList(Value::asString);
                    if (!datasets.isEmpty()) {
                        found.put(r.get("element").asString(), datasets);
                    }
                });
                return found;
            }));
        }
        return others;
    }

    /** The dataset most of these relationships came from (the first by name among equals); null when none has one. */
    private static String mostFrequent(List<String> datasets) {
        return datasets.stream().filter(d -> !d.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The ids of nodes by element id, for the few ends of unwanted relationships that neither the dataset nor the scan named. */
    private Map<String, String> idsOf(List<String> elements) {
        var ids = new HashMap<String, String>();
        for (var batch : batches(elements)) {
            ids.putAll(graph.read(tx -> tx.run("""
                    UNWIND $elements AS element
                    MATCH (n) WHERE elementId(n) = element
                    RETURN element, n.id AS id
                    """, Map.of("elements", batch)).list(r -> r).stream()
                    .collect(Collectors.toMap(r -> r.get("element").asString(), r -> r.get("id").asString(""), (x, y) -> x))));
        }
        return ids;
    }

    private static String idOf(String element, Map<String, String> ids, Map<String, String> foreign) {
        var id = ids.get(element);
        return id != null ? id : foreign.getOrDefault(element, element);
    }

    private <T> List<List<T>> batches(List<T> items) {
        var batches = new ArrayList<List<T>>();
        for (int i = 0; i < items.size(); i += batchSize) {
            batches.add(items.subList(i, Math.min(items.size(), i + batchSize)));
        }
        return batches;
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
