package org.ecosystemmap.importer.write;

import org.ecosystemmap.graph.connection.EcosystemGraph;

/**
 * Writes a {@link ChangeSet} that fits in one transaction: it lands whole or, when anything fails (or the
 * process dies), not at all; Neo4j's own transaction log guarantees it. Progress is told once the
 * transaction has committed, so a transaction the driver retries is counted once.
 */
final class DatasetWriter {

    private final EcosystemGraph graph;
    private final int batchSize;

    DatasetWriter(EcosystemGraph graph, int batchSize) {
        this.graph = graph;
        this.batchSize = batchSize;
    }

    void write(ChangeSet changes, Progress progress) {
        graph.write(tx -> {
            var endpoints = new Endpoints(changes.dataset(), changes.elementIds());
            new WritePlan(changes, batchSize).forEachStep(step -> step.run(tx, endpoints));
            return null;
        });
        progress.advanced(Math.toIntExact(changes.size()));
    }
}
