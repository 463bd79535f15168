package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link ChangeSet} too large for one transaction in several, all or nothing: an
 * {@link ImportJournal} records in each transaction how to undo it. When a transaction fails the
 * import is rolled back at once; when the process dies, the next import (or the server) rolls it back.
 * <p>
 * Each transaction function only reads and writes the graph; the element ids of the nodes it created and
 * the progress are taken over once it has committed, so a transaction the driver retries counts once.
 */
final class JournaledWriter {

    private static final Logger log = LoggerFactory.getLogger(JournaledWriter.class);

    private final EcosystemGraph graph;
    private final int batchSize;
    private final int changesPerTransaction;

    JournaledWriter(EcosystemGraph graph, int batchSize, int changesPerTransaction) {
        this.graph = graph;
        this.batchSize = Math.min(batchSize, changesPerTransaction);
        this.changesPerTransaction = changesPerTransaction;
    }

    /** Writes the changes; returns how many write transactions it took. */
    int write(ChangeSet changes, Progress progress) {
        var journal = ImportJournal.begin(graph, changes.dataset());
        var transaction = new Transaction(journal, changes, progress);
        try {
            new WritePlan(changes, batchSize).forEachStep(step -> {
                if (transaction.size + step.size() > changesPerTransaction) {
                    transaction.commit();
                }
                transaction.steps.add(step);
                transaction.size += step.size();
            });
            transaction.commit();
            journal.commit();
        } catch (RuntimeException e) {
            try {
                journal.rollBack();
            } catch (RuntimeException rollBackFailed) {
                e.addSuppressed(rollBackFailed);
            }
            throw e;
        }
        try {
            journal.cleanUp();
        } catch (RuntimeException e) {
            // The import stands: it committed. What is left of its journal, the next import or start removes.
            log.warn("The import of {} is complete, but its undo information could not all be removed yet: {}", changes.dataset(), e.getMessage());
        }
        return transaction.count;
    }

    /** The steps gathered for the next write transaction. */
    private final class Transaction {
        private final ImportJournal journal;
        private final String dataset;
        private final Progress progress;
        private final Map<String, String> elementIds;
        private final List<Step> steps = new ArrayList<>();
        private int size;
        private int count;

        Transaction(ImportJournal journal, ChangeSet changes, Progress progress) {
            this.journal = journal;
            this.dataset = changes.dataset();
            this.progress = progress;
            this.elementIds = new HashMap<>(changes.elementIds());
        }

        void commit() {
            if (steps.isEmpty()) {
                return;
            }
            int seq = count;
            var created = graph.write(tx -> {
                journal.claim(tx);
                var endpoints = new Endpoints(dataset, elementIds);
                var undo = new ArrayList<Step>();
                for (var step : steps) {
                    undo.addAll(0, UndoCapture.before(tx, step));
                    step.run(tx, endpoints);
                }
                journal.record(tx, seq, undo);
                return endpoints.created();
            });
            elementIds.putAll(created);
            progress.advanced(size);
            count++;
            steps.clear();
            size = 0;
        }
    }
}
