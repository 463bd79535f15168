package org.ecosystemmap.importer.write;

import java.time.Duration;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.importer.dataset.Dataset;

/** Brings the graph in line with a validated dataset, writing only the difference. */
public final class GraphImport {

    /** Rows per {@code UNWIND} statement: large enough to amortise a round trip, small enough to stream. */
    public static final int BATCH_SIZE = 5_000;

    private final GraphDiff diff;
    private final DatasetWriter writer;

    public GraphImport(EcosystemGraph graph) {
        this.diff = new GraphDiff(graph, BATCH_SIZE);
        this.writer = new DatasetWriter(graph, BATCH_SIZE);
    }

    public ImportReport apply(Dataset dataset, ImportOptions options) {
        long started = System.nanoTime();
        var result = diff.compute(dataset, options.prune());
        if (!options.dryRun()) {
            var changes = result.changes();
            options.progress().starting(changes.nodeWrites().size() + changes.nodeDeletes().size()
                    + changes.relationshipWrites().size() + changes.relationshipDeletes().size());
            writer.write(changes, options.progress());
        }
        return new ImportReport(dataset.name(), options.dryRun(), result.counts(), dataset.warnings(),
                Duration.ofNanos(System.nanoTime() - started));
    }
}
