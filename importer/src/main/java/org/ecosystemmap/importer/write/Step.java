package org.ecosystemmap.importer.write;

import java.util.HashMap;
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

    /**
     * Runs the statement in {@code tx}. Nodes it creates are told to {@code endpoints}, which the relationships
     * created after them in the same transaction are addressed through.
     */
    void run(TransactionContext tx, Endpoints endpoints) {
        switch (action) {
            case CREATE_NODES -> tx.run(action.cypher(target), Map.of("rows", rows))
                    .forEachRemaining(r -> endpoints.created(r.get("id").asString(), r.get("element").asString()));
            case CREATE_RELATIONSHIPS -> tx.run(action.cypher(target), Map.of("rows", rows.stream().map(row -> {
                var resolved = new HashMap<String, Object>(row);
                resolved.put("a", endpoints.element((String) row.get("from")));
                resolved.put("b", endpoints.element((String) row.get("to")));
                return resolved;
            }).toList(), "dataset", endpoints.dataset())).consume();
            default -> tx.run(action.cypher(target), Map.of("rows", rows)).consume();
        }
    }

    int size() {
        return rows.size();
    }
}
