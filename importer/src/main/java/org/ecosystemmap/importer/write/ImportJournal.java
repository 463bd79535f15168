package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write-ahead journal of an import too large for one transaction, kept in the graph itself. The journal
 * node says which import runs and how far it got: {@code WRITING}, then {@code COMMITTED} (the moment the
 * import counts as done), or {@code ROLLING_BACK}. Every write transaction also stores, as an undo node,
 * the steps that undo it, read in that same transaction, so a transaction and its undo information
 * commit together or not at all. Rolling back runs the undo nodes newest first, each in one transaction
 * with its own deletion, so an interrupted roll-back simply continues.
 * <p>
 * Journal and undo nodes carry no {@code Entity} label: nothing that reads entities ever sees them.
 */
final class ImportJournal {

    /** What a roll-back or clean-up found and did. */
    record Recovery(String dataset, String startedAt, String state, int transactionsUndone) {
        @Override
        public String toString() {
            return "COMMITTED".equals(state)
                    ? "finished cleaning up after the import of " + dataset + " started " + startedAt
                    : "rolled back the interrupted import of " + dataset + " started " + startedAt + " (" + transactionsUndone
                            + " transaction" + (transactionsUndone == 1 ? "" : "s") + " undone)";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() { };
    private static final String JOURNAL = GraphSchema.IMPORT_JOURNAL_LABEL;
    private static final String UNDO = GraphSchema.IMPORT_UNDO_LABEL;
    private static final int UNDO_NODES_PER_CLEAN_UP = 50;

    private final EcosystemGraph graph;
    private final String id;

    private ImportJournal(EcosystemGraph graph, String id) {
        this.graph = graph;
        this.id = id;
    }

    /** Starts the journal of an import; committed before the import writes anything. */
    static ImportJournal begin(EcosystemGraph graph, String dataset) {
        var id = UUID.randomUUID().toString();
        graph.write(tx -> tx.run("""
                CREATE (:%s {id: $id, dataset: $dataset, state: $writing, startedAt: toString(datetime()), transactions: 0})
                """.formatted(JOURNAL), Map.of("id", id, "dataset", dataset, "writing", GraphSchema.IMPORT_WRITING)).consume());
        return new ImportJournal(graph, id);
    }

    /**
     * Claims the journal for a write transaction: the transaction fails when the journal is no longer being
     * written (another process rolled it back), and two transactions that claim it do not overlap.
     */
    void claim(TransactionContext tx) {
        var claimed = tx.run("""
                MATCH (j:%s {id: $id, state: $writing})
                SET j.transactions = j.transactions + 1
                RETURN count(j) AS claimed
                """.formatted(JOURNAL), Map.of("id", id, "writing", GraphSchema.IMPORT_WRITING)).single().get("claimed").asLong();
        if (claimed != 1) {
            throw new IllegalStateException("The import's journal " + id + " is no longer being written: another process rolled it back");
        }
    }

    /** Stores the steps that undo the transaction {@code tx}, which is number {@code seq} of the import. */
    void record(TransactionContext tx, int seq, List<Step> undo) {
        tx.run("CREATE (:%s {journal: $id, seq: $seq, steps: $steps})".formatted(UNDO),
                Map.of("id", id, "seq", seq, "steps", JSON.writeValueAsString(undo))).consume();
    }

    /** The moment the import counts as done: from here on a crash is finished, not rolled back. */
    void commit() {
        graph.write(tx -> {
            var committed = tx.run("""
                    MATCH (j:%s {id: $id, state: $writing})
                    SET j.state = 'COMMITTED'
                    RETURN count(j) AS committed
                    """.formatted(JOURNAL), Map.of("id", id, "writing", GraphSchema.IMPORT_WRITING)).single().get("committed").asLong();
            if (committed != 1) {
                throw new IllegalStateException("The import's journal " + id + " was rolled back by another process before it could commit");
            }
            return null;
        });
    }

    /** Removes the undo information of a committed import, a few undo nodes per transaction, then the journal. */
    void cleanUp() {
        long removed;
        do {
            removed = graph.write(tx -> tx.run("""
                    MATCH (u:%s {journal: $id})
                    WITH u LIMIT $limit
                    DELETE u
                    RETURN count(*) AS removed
                    """.formatted(UNDO), Map.of("id", id, "limit", UNDO_NODES_PER_CLEAN_UP)).single().get("removed").asLong());
        } while (removed > 0);
        graph.write(tx -> tx.run("MATCH (j:%s {id: $id}) DELETE j".formatted(JOURNAL), Map.of("id", id)).consume());
    }

    /** Undoes every transaction of the import, newest first, then removes the journal; returns how many it undid. */
    int rollBack() {
        graph.write(tx -> tx.run("MATCH (j:%s {id: $id}) SET j.state = 'ROLLING_BACK'".formatted(JOURNAL), Map.of("id", id)).consume());
        int undone = 0;
        while (graph.write(this::undoNewest)) {
            undone++;
        }
        graph.write(tx -> tx.run("MATCH (j:%s {id: $id}) DELETE j".formatted(JOURNAL), Map.of("id", id)).consume());
        return undone;
    }

    private boolean undoNewest(TransactionContext tx) {
        var newest = tx.run("""
                MATCH (u:%s {journal: $id})
                RETURN u.seq AS seq, u.steps AS steps
                ORDER BY seq DESC LIMIT 1
                """.formatted(UNDO), Map.of("id", id)).list();
        if (newest.isEmpty()) {
            return false;
        }
        var record = newest.getFirst();
        for (var step : JSON.readValue(record.get("steps").asString(), STEPS)) {
            step.run(tx, Endpoints.none());
        }
        tx.run("MATCH (u:%s {journal: $id, seq: $seq}) DELETE u".formatted(UNDO),
                Map.of("id", id, "seq", record.get("seq").asLong())).consume();
        return true;
    }

    /**
     * Brings the graph back to a consistent state after an import that did not finish: rolls back one that
     * was still writing, finishes cleaning up after one that had committed. Only call it holding the import
     * lock, so that no import is running.
     */
    static List<Recovery> recover(EcosystemGraph graph) {
        var recoveries = new ArrayList<Recovery>();
        for (var found : journals(graph)) {
            var journal = new ImportJournal(graph, found.id());
            if (found.state().equals("COMMITTED")) {
                journal.cleanUp();
                recoveries.add(new Recovery(found.dataset(), found.startedAt(), found.state(), 0));
            } else {
                recoveries.add(new Recovery(found.dataset(), found.startedAt(), found.state(), journal.rollBack()));
            }
            log.warn("Recovered the graph: {}", recoveries.getLast());
        }
        return recoveries;
    }

    /** An import that runs now or did not finish, as a reader sees it; nothing is changed. */
    static Optional<String> pending(EcosystemGraph graph) {
        return journals(graph).stream().findFirst().map(j -> "an import of " + j.dataset() + " started " + j.startedAt()
                + " is running or was interrupted (" + j.state() + "); the next import or server start finishes or rolls it back");
    }

    private record Found(String id, String dataset, String startedAt, String state) {
    }

    private static List<Found> journals(EcosystemGraph graph) {
        return graph.query("""
                MATCH (j:%s)
                RETURN j.id AS id, j.dataset AS dataset, j.startedAt AS startedAt, j.state AS state
                ORDER BY j.startedAt
                """.formatted(JOURNAL), Map.of(),
                r -> new Found(r.get("id").asString(), r.get("dataset").asString(), r.get("startedAt").asString(), r.get("state").asString()));
    }
}
