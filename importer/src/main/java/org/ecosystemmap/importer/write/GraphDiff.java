package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.EntityRecord;
import org.ecosystemmap.importer.dataset.RelationshipRecord;
import org.neo4j.driver.Value;

/**
 * Compares a dataset with what the graph holds and works out the {@link ChangeSet}: the entities and
 * relationships to create, to update (their digest differs, see {@link ContentHash}) and, when pruning, to
 * delete because this dataset no longer holds them. Reads only.
 * <p>
 * What the dataset wrote before comes from a {@link Snapshot}: ids, keys and digests, never the properties. Only
 * what the graph may hold under another dataset's name is looked up, in batches: ids not in the snapshot, and
 * relationships not in it whose two ends both exist (a relationship between entities that are new cannot exist
 * yet, so a first import looks up no relationship at all). Relationships that changed, or that a prune deletes,
 * are looked up once more for their element ids, between their two ends.
 * <p>
 * Each read is a transaction function that builds its findings afresh and returns them; they are combined
 * only after it has returned, so a read the driver retries counts nothing twice.
 */
final class GraphDiff {

    /** The diff with its counts per table and the first changes of each. */
    record Result(ChangeSet changes, Map<String, ImportReport.Counts> counts, List<ImportReport.Change> listed) {
    }

    /** A relationship to look up between two entities (by element id); {@code index} says which, to the caller. */
    private record Probe(int index, String type, String from, String to) {
    }

    /** A relationship a probe found: its element id and digest. */
    private record Found(int index, String element, Long hash) {
    }

    /** Relationships from which a dataset is compared on two threads: below it, a second thread costs more than it saves. */
    private static final int PARALLEL_FROM = 50_000;

    private final EcosystemGraph graph;
    private final int batchSize;

    GraphDiff(EcosystemGraph graph, int batchSize) {
        this.graph = graph;
        this.batchSize = batchSize;
    }

    Result compute(Dataset dataset, boolean prune, Snapshot snapshot) {
        var name = dataset.name();
        var tally = new Tally();

        var owned = snapshot.nodes();
        var existing = new HashMap<>(owned);
        var ids = new LinkedHashSet<String>();
        dataset.entities().forEach(entity -> notOwned(entity.id(), owned, ids));
        existing.putAll(otherNodes(List.copyOf(ids), name, owned.size()));
        var nodeWrites = nodeWrites(dataset, existing, tally);
        var nodeRemovals = prune ? nodeRemovals(dataset, owned, tally) : List.<ChangeSet.NodeRemoval>of();

        var relationships = dataset.relationships();
        var scanned = snapshot.relationships();
        var wanted = new boolean[scanned.size()];
        var hashes = new long[relationships.size()];
        var scannedAlike = new boolean[relationships.size()];
        var compared = new Compared(relationships, name, existing, scanned, wanted, hashes, scannedAlike);
        int rows = relationships.size();
        // A large dataset is compared in two halves on two cores.
        var parts = rows < PARALLEL_FROM ? List.of(compared.rows(0, rows)) : Stream.of(new int[] {0, rows / 2}, new int[] {rows / 2, rows})
                .parallel().map(range -> compared.rows(range[0], range[1])).toList();
        var probes = new ArrayList<Probe>();
        parts.forEach(part -> probes.addAll(part.probes()));
        // An end that is neither an entity of the dataset nor in the graph yet is one a curator merged an entity of the
        // dataset into (MergedRows): those are looked up now, rarely, instead of every end of every relationship before.
        var unknownEnds = parts.stream().flatMap(part -> part.unknownEnds().stream()).toList();
        if (!unknownEnds.isEmpty()) {
            var datasetIds = dataset.entities().stream().map(EntityRecord::id).collect(Collectors.toSet());
            var merged = new LinkedHashSet<String>();
            for (int i : unknownEnds) {
                for (var end : List.of(relationships.get(i).from(), relationships.get(i).to())) {
                    if (!existing.containsKey(end) && !datasetIds.contains(end)) {
                        merged.add(end);
                    }
                }
            }
            if (!merged.isEmpty()) {
                existing.putAll(otherNodes(List.copyOf(merged), name, owned.size()));
                unknownEnds.forEach(i -> probes.addAll(compared.rows(i, i + 1).probes()));
            }
        }
        var found = new HashMap<Integer, Found>();
        lookUp(probes).forEach(f -> found.put(f.index(), f));

        var relationshipWrites = new ArrayList<ChangeSet.RelationshipWrite>();
        var table = DatasetTables.RELATIONSHIPS;
        for (int i = 0; i < relationships.size(); i++) {
            if (scannedAlike[i]) {
                tally.unchanged(table);
                continue;
            }
            var relationship = relationships.get(i);
            var graphHas = found.get(i);
            if (graphHas != null && Objects.equals(graphHas.hash(), hashes[i])) {
                tally.unchanged(table);
            } else if (graphHas == null) {
                relationshipWrites.add(new ChangeSet.RelationshipWrite(relationship.key(), relationship.properties(), hashes[i], null));
                tally.created(table, relationship.key());
            } else {
                relationshipWrites.add(new ChangeSet.RelationshipWrite(relationship.key(), relationship.properties(), hashes[i], graphHas.element()));
                tally.updated(table, relationship.key());
            }
        }
        var relationshipDeletes = prune ? unwanted(scanned, wanted, existing, nodeRemovals, tally) : List.<ChangeSet.RelationshipDelete>of();

        var elementIds = new HashMap<String, String>(existing.size() * 4 / 3 + 1);
        existing.values().forEach(node -> elementIds.put(node.id(), node.element()));
        return new Result(new ChangeSet(name, nodeWrites, nodeRemovals, relationshipWrites, relationshipDeletes, elementIds),
                tally.counts(), tally.listed());
    }

    /**
     * The diff against a graph known to hold nothing (a database not created yet): everything is created, and
     * nothing is read.
     */
    static Result againstEmptyGraph(Dataset dataset) {
        var tally = new Tally();
        var nodeWrites = nodeWrites(dataset, Map.of(), tally);
        var relationships = dataset.relationships();
        // The digests of a large dataset on every core, as the comparison does.
        var indexes = IntStream.range(0, relationships.size());
        var relationshipWrites = (relationships.size() < PARALLEL_FROM ? indexes : indexes.parallel()).mapToObj(relationships::get)
                .map(relationship -> new ChangeSet.RelationshipWrite(relationship.key(), relationship.properties(),
                        ContentHash.ofRelationship(relationship.properties(), dataset.name()), null))
                .toList();
        relationshipWrites.forEach(write -> tally.created(DatasetTables.RELATIONSHIPS, write.key()));
        return new Result(new ChangeSet(dataset.name(), nodeWrites, List.of(), relationshipWrites, List.of(), Map.of()),
                tally.counts(), tally.listed());
    }

    private static void notOwned(String id, Map<String, Snapshot.Node> owned, Set<String> ids) {
        if (!owned.containsKey(id)) {
            ids.add(id);
        }
    }

    private static List<ChangeSet.NodeWrite> nodeWrites(Dataset dataset, Map<String, Snapshot.Node> existing, Tally tally) {
        var writes = new ArrayList<ChangeSet.NodeWrite>();
        for (var entity : dataset.entities()) {
            long hash = ContentHash.ofEntity(entity.kind(), entity.properties(), dataset.name());
            var current = existing.get(entity.id());
            var table = entity.kind().table();
            if (current == null) {
                writes.add(new ChangeSet.NodeWrite(entity.kind(), entity.id(), entity.properties(), hash, null, false));
                tally.created(table, entity.id());
            } else if (current.kind() != entity.kind() || !Objects.equals(current.hash(), hash)) {
                writes.add(new ChangeSet.NodeWrite(entity.kind(), entity.id(), entity.properties(), hash, current.element(),
                        current.kind() != entity.kind()));
                tally.updated(table, entity.id());
            } else {
                tally.unchanged(table);
            }
        }
        return writes;
    }

    /**
     * Compares rows of the dataset's relationships with the snapshot: each row's digest, whether the snapshot holds
     * the row alike, which of the snapshot's rows the dataset still wants. Rows from two threads write to distinct
     * elements of the arrays only (the dataset holds each relationship once).
     */
    private record Compared(List<RelationshipRecord> relationships, String dataset, Map<String, Snapshot.Node> existing,
            OwnedRelationships scanned, boolean[] wanted, long[] hashes, boolean[] scannedAlike) {

        /** Compares the rows from {@code first} up to {@code end}. */
        Part rows(int first, int end) {
            var probes = new ArrayList<Probe>();
            var unknownEnds = new ArrayList<Integer>();
            for (int i = first; i < end; i++) {
                var relationship = relationships.get(i);
                hashes[i] = ContentHash.ofRelationship(relationship.properties(), dataset);
                var type = relationship.type().name();
                var from = existing.get(relationship.from());
                var to = existing.get(relationship.to());
                // Found by the ids the snapshot holds, which its rows share: each comparison of an id is then one of identity.
                int row = scanned.find(from == null ? relationship.from() : from.id(), type, to == null ? relationship.to() : to.id());
                if (row >= 0) {
                    wanted[row] = true;
                    scannedAlike[i] = scanned.carries(row, hashes[i]);
                }
                // A changed relationship is looked up for its element id; one not in the snapshot, in case another dataset wrote it.
                if (!scannedAlike[i] && from != null && to != null) {
                    probes.add(new Probe(i, type, from.element(), to.element()));
                }
                if (from == null || to == null) {
                    unknownEnds.add(i);
                }
            }
            return new Part(probes, unknownEnds);
        }
    }

    /** What comparing some rows found: the probes to ask the graph, and the rows with an end that is not known to exist. */
    private record Part(List<Probe> probes, List<Integer> unknownEnds) {
    }

    /**
     * The entities the dataset wrote and no longer holds: deleted when no other dataset has a relationship to
     * them, otherwise detached (handed over to the dataset with most relationships to them).
     */
    private List<ChangeSet.NodeRemoval> nodeRemovals(Dataset dataset, Map<String, Snapshot.Node> owned, Tally tally) {
        var kept = dataset.entities().stream().map(EntityRecord::id).collect(Collectors.toSet());
        var gone = owned.values().stream().filter(node -> !kept.contains(node.id())).toList();
        var otherDatasets = otherDatasetsReferencing(gone.stream().map(Snapshot.Node::element).toList(), dataset.name());
        var removals = new ArrayList<ChangeSet.NodeRemoval>();
        for (var node : gone) {
            var others = otherDatasets.getOrDefault(node.element(), List.of());
            if (others.isEmpty()) {
                removals.add(new ChangeSet.NodeRemoval(node.id(), node.element(), true, null));
                tally.deleted(node.kind().table(), node.id());
            } else {
                removals.add(new ChangeSet.NodeRemoval(node.id(), node.element(), false, mostFrequent(others)));
                tally.detached(node.kind().table(), node.id());
            }
        }
        return removals;
    }

    /**
     * The relationships the dataset wrote and no longer holds, to delete, each counted. A relationship of a
     * deleted node goes with it: it is counted, not deleted twice.
     */
    private List<ChangeSet.RelationshipDelete> unwanted(OwnedRelationships scanned, boolean[] wanted, Map<String, Snapshot.Node> existing,
            List<ChangeSet.NodeRemoval> nodeRemovals, Tally tally) {
        var deletedNodes = nodeRemovals.stream().filter(ChangeSet.NodeRemoval::delete).map(ChangeSet.NodeRemoval::id).collect(Collectors.toSet());
        var toDelete = new ArrayList<Integer>();
        for (int row = 0; row < scanned.size(); row++) {
            if (!wanted[row]) {
                var key = scanned.key(row);
                tally.deleted(DatasetTables.RELATIONSHIPS, key);
                if (!deletedNodes.contains(key.from()) && !deletedNodes.contains(key.to())) {
                    toDelete.add(row);
                }
            }
        }
        var foreign = elementsOf(toDelete.stream().map(scanned::key).flatMap(key -> Stream.of(key.from(), key.to()))
                .filter(id -> !existing.containsKey(id)).distinct().toList());
        Function<String, String> element = id -> existing.containsKey(id) ? existing.get(id).element() : foreign.get(id);
        var probes = toDelete.stream().map(row -> new Probe(row, scanned.key(row).type(), element.apply(scanned.key(row).from()),
                element.apply(scanned.key(row).to()))).filter(p -> p.from() != null && p.to() != null).toList();
        return lookUp(probes).stream().map(found -> new ChangeSet.RelationshipDelete(scanned.key(found.index()), found.element())).toList();
    }

    /**
     * The nodes with these ids that other datasets wrote (or none). When there are fewer such nodes in the
     * whole graph than ids to look up, as on a first import into a sparse graph, they are read in one scan;
     * otherwise each id is looked up on the unique index, in batches.
     */
    private Map<String, Snapshot.Node> otherNodes(List<String> ids, String dataset, int owned) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        long others = GraphImport.read(graph, tx -> tx.run("MATCH (n:Entity) RETURN count(n) AS n").single().get("n").asLong()) - owned;
        if (others <= 0) {
            return Map.of();
        }
        var found = new HashMap<String, Snapshot.Node>();
        if (others < ids.size()) {
            var wanted = new HashSet<>(ids);
            found.putAll(GraphImport.read(graph, tx -> {
                var nodes = new HashMap<String, Snapshot.Node>();
                tx.run("""
                        MATCH (n:Entity) WHERE n.dataset IS NULL OR n.dataset <> $dataset
                        RETURN n.id AS id, elementId(n) AS element, labels(n) AS labels, n.%s AS hash
                        """.formatted(ContentHash.PROPERTY), Map.of("dataset", dataset)).forEachRemaining(r -> {
                    if (wanted.contains(r.get("id").asString())) {
                        nodes.put(r.get("id").asString(), Snapshot.node(r.get("id"), r.get("element"), r.get("labels"), r.get("hash")));
                    }
                });
                return nodes;
            }));
            return found;
        }
        for (var batch : batches(ids)) {
            found.putAll(GraphImport.read(graph, tx -> {
                var nodes = new HashMap<String, Snapshot.Node>();
                tx.run("""
                        UNWIND $ids AS id
                        MATCH (n:Entity {id: id})
                        RETURN n.id AS id, elementId(n) AS element, labels(n) AS labels, n.%s AS hash
                        """.formatted(ContentHash.PROPERTY), Map.of("ids", batch))
                        .forEachRemaining(r -> nodes.put(r.get("id").asString(), Snapshot.node(r.get("id"), r.get("element"), r.get("labels"), r.get("hash"))));
                return nodes;
            }));
        }
        return found;
    }

    /**
     * The relationships the probes name, whoever wrote them, with their element ids and digests. Looked up per
     * type between the two ends, both found by element id before a subquery matches the pattern between them, so
     * that the database expands one into the other (from the end with fewer relationships of the type): planned as
     * one pattern, it expands one end and compares the element id of each neighbour, which reads every
     * relationship of a hub for each probe that ends there. On an embedded database, in process, the same way.
     */
    private List<Found> lookUp(List<Probe> probes) {
        if (probes.isEmpty()) {
            return List.of();
        }
        var inProcess = graph.readInProcess(tx -> {
            var found = new ArrayList<Found>();
            for (var probe : probes) {
                EmbeddedScan.between(tx, probe.from(), probe.type(), probe.to())
                        .ifPresent(r -> found.add(new Found(probe.index(), r.element(), r.hash())));
            }
            return found;
        }, GraphImport.READ_TIMEOUT);
        if (inProcess.isPresent()) {
            return inProcess.get();
        }
        var found = new ArrayList<Found>();
        var byType = probes.stream().collect(Collectors.groupingBy(Probe::type));
        for (var type : RelationType.values()) {
            var rows = byType.getOrDefault(type.name(), List.of()).stream()
                    .map(p -> Map.<String, Object>of("index", p.index(), "a", p.from(), "b", p.to())).toList();
            for (var batch : batches(rows)) {
                found.addAll(GraphImport.read(graph, tx -> tx.run("""
                        UNWIND $rows AS row
                        MATCH (a) WHERE elementId(a) = row.a
                        MATCH (b) WHERE elementId(b) = row.b
                        CALL (a, b) {
                            MATCH (a)-[r:%s]->(b)
                            RETURN r
                        }
                        RETURN row.index AS index, elementId(r) AS element, r.%s AS hash
                        """.formatted(type.name(), ContentHash.PROPERTY), Map.of("rows", batch)).list(r -> new Found(r.get("index").asInt(),
                        r.get("element").asString(), r.get("hash").isNull() ? null : r.get("hash").asLong()))));
            }
        }
        return found;
    }

    /** The element ids of the entities with these ids: the few ends of relationships that neither the dataset nor the snapshot holds. */
    private Map<String, String> elementsOf(List<String> ids) {
        var elements = new HashMap<String, String>();
        for (var batch : batches(ids)) {
            elements.putAll(GraphImport.read(graph, tx -> {
                var found = new HashMap<String, String>();
                tx.run("""
                        UNWIND $ids AS id
                        MATCH (n:Entity {id: id})
                        RETURN id, elementId(n) AS element
                        """, Map.of("ids", batch)).forEachRemaining(r -> found.put(r.get("id").asString(), r.get("element").asString()));
                return found;
            }));
        }
        return elements;
    }

    /**
     * For each of these nodes, the datasets of the relationships it has that another dataset wrote (an empty
     * name for a relationship without one): a node still in use elsewhere is detached from the dataset, not deleted.
     */
    private Map<String, List<String>> otherDatasetsReferencing(List<String> elements, String dataset) {
        var others = new HashMap<String, List<String>>();
        for (var batch : batches(elements)) {
            others.putAll(GraphImport.read(graph, tx -> {
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

    private <T> List<List<T>> batches(List<T> items) {
        var batches = new ArrayList<List<T>>();
        for (int i = 0; i < items.size(); i += batchSize) {
            batches.add(items.subList(i, Math.min(items.size(), i + batchSize)));
        }
        return batches;
    }

    static EntityKind kindOf(Value labels) {
        return EntityKind.fromLabels(labels.asList(Value::asString));
    }
}
