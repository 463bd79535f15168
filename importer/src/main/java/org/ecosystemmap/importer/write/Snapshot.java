package org.ecosystemmap.importer.write;

import java.util.HashMap;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * What one dataset wrote before, as the graph holds it: its entities (id, element id, kind, digest) and its
 * relationships (key and digest), each read in one streaming scan, never a property besides (on an embedded
 * database through its Java API, see {@link EmbeddedScan}). It can be taken
 * while the dataset is still being read and validated, before the import's lock; it stands only as long as the
 * graph has not changed since ({@link #isCurrent}), which the import checks once it holds the lock.
 */
final class Snapshot {

    /** An entity as the graph holds it: what addresses it and what it is compared by. */
    record Node(String id, String element, EntityKind kind, Long hash) {
    }

    private final String dataset;
    private final String marker;
    private final Map<String, Node> nodes;
    private final OwnedRelationships relationships;

    private Snapshot(String dataset, String marker, Map<String, Node> nodes, OwnedRelationships relationships) {
        this.dataset = dataset;
        this.marker = marker;
        this.nodes = nodes;
        this.relationships = relationships;
    }

    static Snapshot read(EcosystemGraph graph, String dataset) {
        var marker = marker(graph);
        var embedded = graph.readInProcess(tx -> EmbeddedScan.of(tx, dataset), GraphImport.READ_TIMEOUT);
        if (embedded.isPresent()) {
            return new Snapshot(dataset, marker, embedded.get().nodes(), embedded.get().relationships());
        }
        var nodes = GraphImport.read(graph, tx -> ownedNodes(tx, dataset));
        var relationships = GraphImport.read(graph, tx -> OwnedRelationships.scan(tx, dataset, nodes));
        return new Snapshot(dataset, marker, nodes, relationships);
    }

    /** Whether this is a snapshot of {@code dataset} and nothing was written to the graph since it was taken. */
    boolean isCurrent(EcosystemGraph graph, String dataset) {
        return this.dataset.equals(dataset) && marker.equals(marker(graph));
    }

    /** On an embedded database asked in process, so that a new process starts its scan without waiting for its first statement. */
    private static String marker(EcosystemGraph graph) {
        return graph.inProcessChangeMarker().orElseGet(graph::changeMarker);
    }

    /** The entities the dataset wrote, by id. */
    Map<String, Node> nodes() {
        return nodes;
    }

    OwnedRelationships relationships() {
        return relationships;
    }

    private static Map<String, Node> ownedNodes(TransactionContext tx, String dataset) {
        var owned = new HashMap<String, Node>();
        tx.run("""
                MATCH (n:Entity {dataset: $dataset})
                RETURN n.id AS id, elementId(n) AS element, labels(n) AS labels, n.%s AS hash
                """.formatted(ContentHash.PROPERTY), Map.of("dataset", dataset))
                .forEachRemaining(r -> owned.put(r.get("id").asString(), node(r.get("id"), r.get("element"), r.get("labels"), r.get("hash"))));
        return owned;
    }

    static Node node(Value id, Value element, Value labels, Value hash) {
        return new Node(id.asString(), element.asString(), GraphDiff.kindOf(labels), hash.isNull() ? null : hash.asLong());
    }
}
