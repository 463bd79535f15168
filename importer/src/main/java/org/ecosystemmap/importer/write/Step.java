package org.ecosystemmap.importer.write;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * One statement of an import: an {@link Action} on a kind of node or type of relationship (the target),
 * for a batch of rows. Steps are also what the journal stores to undo a transaction.
 */
record Step(Action action, String target, List<Map<String, Object>> rows) {

    Step {
        rows = List.copyOf(rows);
    }

    void run(TransactionContext tx) {
        tx.run(action.cypher(target), Map.of("rows", rows)).consume();
    }

    int size() {
        return rows.size();
    }
}
