package org.ecosystemmap.importer.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Works out, inside the transaction that is about to run a step, the steps that would undo it: it reads
 * what the step will overwrite or delete. What a step creates needs no reading: undoing it is deleting it.
 * Undo steps address entities by id and relationships by key, never by element id, so that they stay valid
 * whatever happens to the graph until they run.
 */
final class UndoCapture {

    private UndoCapture() {
    }

    /** The steps that undo {@code step}, in the order they must run. */
    static List<Step> before(TransactionContext tx, Step step) {
        return switch (step.action()) {
            case CREATE_NODES -> List.of(new Step(Action.DELETE_NODES, null,
                    step.rows().stream().map(r -> Map.<String, Object>of("id", r.get("id"))).toList()));
            case CREATE_RELATIONSHIPS -> List.of(new Step(Action.DELETE_RELATIONSHIPS, step.target(),
                    step.rows().stream().map(r -> Map.<String, Object>of("from", r.get("from"), "to", r.get("to"))).toList()));
            case UPDATE_NODES, DETACH_NODES -> nodes(tx, elements(step));
            case REMOVE_NODES -> {
                var undo = new ArrayList<>(nodes(tx, elements(step)));
                undo.addAll(relationshipsAround(tx, elements(step)));
                yield undo;
            }
            case UPDATE_RELATIONSHIPS, REMOVE_RELATIONSHIPS -> List.of(new Step(Action.WRITE_RELATIONSHIPS, step.target(),
                    relationships(tx, elements(step))));
            case DELETE_RELATIONSHIPS, DELETE_NODES, WRITE_NODES, WRITE_RELATIONSHIPS ->
                    throw new IllegalArgumentException("an import writes with element ids; " + step.action() + " only undoes");
        };
    }

    private static List<Object> elements(Step step) {
        return step.rows().stream().map(r -> r.get("element")).toList();
    }

    /** Steps that write the nodes back as they are now: kind, and every property. */
    private static List<Step> nodes(TransactionContext tx, List<Object> elements) {
        var byKind = new LinkedHashMap<EntityKind, List<Map<String, Object>>>();
        tx.run("""
                UNWIND $elements AS element
                MATCH (n) WHERE elementId(n) = element
                RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
                """, Map.of("elements", elements)).forEachRemaining(r -> {
            var row = new HashMap<String, Object>();
            row.put("id", r.get("id").asString());
            row.put("properties", r.get("properties").asMap());
            row.put("relabel", true);
            byKind.computeIfAbsent(GraphDiff.kindOf(r.get("labels")), k -> new ArrayList<>()).add(row);
        });
        var steps = new ArrayList<Step>();
        byKind.forEach((kind, rows) -> steps.add(new Step(Action.WRITE_NODES, kind.label(), rows)));
        return steps;
    }

    /** The rows that write these relationships back with their properties as they are now. */
    private static List<Map<String, Object>> relationships(TransactionContext tx, List<Object> elements) {
        return tx.run("""
                UNWIND $elements AS element
                MATCH (a)-[r]->(b) WHERE elementId(r) = element
                RETURN a.id AS from, b.id AS to, properties(r) AS properties
                """, Map.of("elements", elements)).list(UndoCapture::relationshipRow);
    }

    /** Steps that write back every relationship the nodes have, whichever dataset it came from. */
    private static List<Step> relationshipsAround(TransactionContext tx, List<Object> elements) {
        var byType = new LinkedHashMap<String, List<Map<String, Object>>>();
        tx.run("""
                UNWIND $elements AS element
                MATCH (n) WHERE elementId(n) = element
                MATCH (n)-[r]-()
                WITH DISTINCT r
                RETURN startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, properties(r) AS properties
                """, Map.of("elements", elements))
                .forEachRemaining(r -> byType.computeIfAbsent(r.get("type").asString(), t -> new ArrayList<>()).add(relationshipRow(r)));
        var steps = new ArrayList<Step>();
        byType.forEach((type, rows) -> steps.add(new Step(Action.WRITE_RELATIONSHIPS, type, rows)));
        return steps;
    }

    private static Map<String, Object> relationshipRow(Record r) {
        return Map.of("from", r.get("from").asString(), "to", r.get("to").asString(), "properties", r.get("properties").asMap());
    }
}
