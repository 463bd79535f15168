package org.ecosystemmap.importer.write;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
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
            case CREATE_NODES -> tx.run(Action.createNodes(propertyKeys()), Map.of("rows", rows))
                    .forEachRemaining(r -> endpoints.created(r.get("id").asString(), r.get("element").asString()));
            // The ends by element id only: their ids would be sent along for nothing.
            case CREATE_RELATIONSHIPS -> tx.run(action.cypher(target), Map.of("rows", rows.stream().map(row -> Map.of(
                    "a", endpoints.element((String) row.get("from")),
                    "b", endpoints.element((String) row.get("to")),
                    "properties", row.get("properties"),
                    "hash", row.get("hash"))).toList(),
                    "type", Action.relationshipType(target), "dataset", endpoints.dataset())).consume();
            default -> tx.run(action.cypher(target), Map.of("rows", rows)).consume();
        }
    }

    /** Every property key the rows' {@code properties} hold, sorted, so that batches with the same keys share a statement. */
    @SuppressWarnings("unchecked")
    private SortedSet<String> propertyKeys() {
        var keys = new TreeSet<String>();
        rows.forEach(row -> keys.addAll(((Map<String, Object>) row.get("properties")).keySet()));
        return keys;
    }

    int size() {
        return rows.size();
    }
}
