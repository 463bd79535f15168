package org.ecosystemmap.importer.write;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ecosystemmap.graph.audit.AuditTrail;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.Problem;
import org.neo4j.driver.TransactionCallback;

/**
 * Brings the graph in line with a validated dataset, writing only the difference, all or nothing. Imports
 * hold the graph's import lock, so that two never interleave, also from two processes; each first finishes
 * or rolls back an import that was interrupted. A difference of up to {@code maxChangesPerTransaction}
 * rows is written in one transaction; a larger one in several, with a journal to undo them (see
 * {@link ImportJournal}).
 */
public final class GraphImport {

    /** Rows per {@code UNWIND} statement: large enough to amortise a round trip, small enough to stream. */
    public static final int BATCH_SIZE = 5_000;

    /** Changes one transaction holds at most by default: a few tens of megabytes of transaction state. */
    public static final int DEFAULT_MAX_CHANGES_PER_TRANSACTION = 50_000;

    /** The name of the lock every import holds while it reads and writes the graph. */
    static final String IMPORT_LOCK = "import";

    /**
     * How long one of an import's reads may take: reading back everything a dataset of millions of rows wrote,
     * on a loaded server, takes far longer than the time limit of a question to the API.
     */
    static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

    /** How long a check for an abandoned import waits to see whether the import lock is held. */
    private static final Duration LOCK_PROBE_PATIENCE = Duration.ofSeconds(2);

    private final EcosystemGraph graph;
    private final int maxChangesPerTransaction;
    private final GraphDiff diff;
    private final DatasetWriter writer;
    private final JournaledWriter journaledWriter;
    private final AuditTrail audit;

    public GraphImport(EcosystemGraph graph, int maxChangesPerTransaction) {
        if (maxChangesPerTransaction < 1) {
            throw new IllegalArgumentException("a transaction must hold at least one change, not " + maxChangesPerTransaction);
        }
        this.graph = graph;
        this.maxChangesPerTransaction = maxChangesPerTransaction;
        this.diff = new GraphDiff(graph, BATCH_SIZE);
        this.writer = new DatasetWriter(graph, BATCH_SIZE);
        this.journaledWriter = new JournaledWriter(graph, BATCH_SIZE, maxChangesPerTransaction);
        this.audit = new AuditTrail(graph);
    }

    /**
     * What an import reads of the graph while its dataset is still being read and validated: what the dataset
     * wrote before ({@link Snapshot}), read in the background. The import uses it only if nothing was written
     * to the graph since; otherwise it reads it again.
     */
    public static final class Preparation {

        /** Nothing read ahead: the import reads what it needs once it has the lock. */
        public static final Preparation NONE = new Preparation(null, null);

        private final String dataset;
        private final CompletableFuture<Snapshot> snapshot;

        private Preparation(String dataset, CompletableFuture<Snapshot> snapshot) {
            this.dataset = dataset;
            this.snapshot = snapshot;
        }

        Snapshot take(EcosystemGraph graph, String name) {
            if (snapshot != null && dataset.equals(name)) {
                try {
                    var read = snapshot.join();
                    if (read.isCurrent(graph, name)) {
                        return read;
                    }
                } catch (CompletionException | CancellationException e) {
                    // read again below
                }
            }
            return Snapshot.read(graph, name);
        }
    }

    /**
     * Starts reading what the dataset of this name wrote before, in the background, so that it is at hand once
     * the caller has read and validated the dataset; {@link Preparation#NONE} when the name is not known yet.
     */
    public Preparation prepare(String dataset) {
        if (dataset == null) {
            return Preparation.NONE;
        }
        return new Preparation(dataset, CompletableFuture.supplyAsync(() -> Snapshot.read(graph, dataset),
                task -> Thread.ofPlatform().name("import-snapshot").daemon().start(task)));
    }

    public ImportReport apply(Dataset dataset, ImportOptions options) {
        return apply(dataset, options, Preparation.NONE);
    }

    public ImportReport apply(Dataset dataset, ImportOptions options, Preparation preparation) {
        long started = System.nanoTime();
        if (options.dryRun()) {
            // A dry run writes nothing, so it neither waits for the lock nor recovers; it says when it would.
            var mapped = MergedRows.map(graph, dataset);
            var result = diff.compute(mapped, options.prune(), preparation.take(graph, mapped.name()));
            var warnings = new ArrayList<>(mapped.warnings());
            ImportJournal.pending(graph).ifPresent(pending -> warnings.add(Problem.inFile("(graph)", pending)));
            return report(mapped, options, result, warnings, List.of(), 0, started);
        }
        return graph.withLock(IMPORT_LOCK, () -> {
            var notes = ImportJournal.recover(graph).stream().map(Object::toString).toList();
            // Mapped under the lock, so that it sees every merge made before the import writes.
            var mapped = MergedRows.map(graph, dataset);
            var result = diff.compute(mapped, options.prune(), preparation.take(graph, mapped.name()));
            var changes = result.changes();
            int transactions = 0;
            if (!changes.isEmpty()) {
                options.progress().starting(changes.size());
                if (changes.size() <= maxChangesPerTransaction) {
                    writer.write(changes, options.progress());
                    transactions = 1;
                } else {
                    transactions = journaledWriter.write(changes, options.progress());
                }
            }
            var report = report(mapped, options, result, mapped.warnings(), notes, transactions, started);
            if (report.changedAnything()) {
                var total = report.total();
                audit.record(options.actor(), "import", dataset.name(), "created %d, updated %d, deleted %d%s in %d transaction%s"
                        .formatted(total.created(), total.updated(), total.deleted(),
                                total.detached() == 0 ? "" : ", detached " + total.detached(), transactions, transactions == 1 ? "" : "s"));
            }
            return report;
        });
    }

    /** Records a {@link BulkImport} in the audit trail, once the database it wrote is open. */
    public void recordBulkImport(ImportReport report, ImportOptions options) {
        var total = report.total();
        audit.record(options.actor(), "import", report.dataset(), "created %d by the bulk importer into a new database".formatted(total.created()));
    }

    /**
     * Finishes or rolls back an import whose process is gone, while the graph stays in use: when a journal is
     * left and nobody holds the import lock (an import that runs holds it all along), the import's writer
     * died, and the journal is recovered as at a start. Does nothing, and waits for nothing, while an import runs.
     *
     * @return what was found and done, one line each; empty when there was nothing to do
     */
    public List<String> recoverAbandoned() {
        if (ImportJournal.pending(graph).isEmpty() || graph.isLocked(IMPORT_LOCK, LOCK_PROBE_PATIENCE)) {
            return List.of();
        }
        return recoverUnderLock();
    }

    /**
     * Finishes or rolls back an import that was interrupted (the process died), waiting for one that is
     * running to end. A server calls it on start; every import does it first anyway.
     *
     * @return what was found and done, one line each; empty when the graph was consistent
     */
    public List<String> recover() {
        // Without a journal there is nothing to finish, and the read is in process on the embedded database; taking
        // the lock is a write (the first through Bolt on a server's start: a second of its cold start).
        return ImportJournal.pending(graph).isEmpty() ? List.of() : recoverUnderLock();
    }

    private List<String> recoverUnderLock() {
        return graph.withLock(IMPORT_LOCK, () -> ImportJournal.recover(graph).stream().map(Object::toString).toList());
    }

    /** One of an import's reads, with the time limit of an import's reads. */
    static <T> T read(EcosystemGraph graph, TransactionCallback<T> work) {
        return graph.read(work, READ_TIMEOUT);
    }

    private static ImportReport report(Dataset dataset, ImportOptions options, GraphDiff.Result result, List<Problem> warnings,
            List<String> notes, int transactions, long started) {
        return new ImportReport(dataset.name(), options.dryRun(), result.counts(), result.listed(), warnings, notes, transactions,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
