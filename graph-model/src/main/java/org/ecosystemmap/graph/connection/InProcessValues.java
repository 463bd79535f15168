package org.ecosystemmap.graph.connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Translates between the embedded database's Java values and the driver's, so that a statement run in this
 * process answers with the same records, and fails with the same exceptions, as it would through Bolt: the code
 * that reads them need not know which way they came. The driver has no public constructors for its graph
 * types, so nodes, relationships and paths are built from its {@code internal} classes.
 */
final class InProcessValues {

    private InProcessValues() {
    }

    /** One row of an embedded result as a driver record, its fields in the order of {@code keys}. */
    static Record record(List<String> keys, Map<String, Object> row) {
        var values = new ArrayList<Value>(keys.size());
        for (var key : keys) {
            values.add(value(row.get(key)));
        }
        return new InternalRecord(keys, values);
    }

    static Value value(Object embedded) {
        return switch (embedded) {
            case null -> Values.NULL;
            case Node node -> node(node).asValue();
            case Relationship relationship -> relationship(relationship).asValue();
            case Path path -> path(path);
            case Map<?, ?> map -> {
                var converted = new LinkedHashMap<String, Value>(map.size() * 2);
                map.forEach((k, v) -> converted.put((String) k, value(v)));
                yield Values.value(converted);
            }
            case List<?> list -> {
                var converted = new ArrayList<Value>(list.size());
                for (var element : list) {
                    converted.add(value(element));
                }
                yield Values.value(converted);
            }
            default -> Values.value(embedded);
        };
    }

    /**
     * The driver exception Bolt would have delivered for this failure of the embedded database (same status code,
     * so a time limit reads as {@code TransactionTimedOut} and a conflict with a write as transient), or the
     * failure itself when it carries no status.
     */
    static RuntimeException translate(RuntimeException failure) {
        String code = null;
        for (Throwable t = failure; t != null && code == null; t = t.getCause()) {
            if (t instanceof Status.HasStatus status) {
                code = status.status().code().serialize();
            } else if (t instanceof QueryExecutionException query) {
                code = query.getStatusCode();
            }
        }
        if (code == null) {
            return failure;
        }
        Neo4jException translated = code.startsWith("Neo.TransientError.") ? new TransientException(code, failure.getMessage())
                : code.startsWith("Neo.DatabaseError.") ? new DatabaseException(code, failure.getMessage())
                : new ClientException(code, failure.getMessage());
        // The driver's exceptions take no cause with a status code; the embedded one stays attached for the logs.
        translated.addSuppressed(failure);
        return translated;
    }

    private static InternalNode node(Node node) {
        var labels = new ArrayList<String>();
        node.getLabels().forEach(label -> labels.add(label.name()));
        return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
    }

    private static InternalRelationship relationship(Relationship relationship) {
        return new InternalRelationship(relationship.getId(), relationship.getElementId(),
                relationship.getStartNode().getId(), relationship.getStartNode().getElementId(),
                relationship.getEndNode().getId(), relationship.getEndNode().getElementId(),
                relationship.getType().name(), properties(relationship.getAllProperties()));
    }

    private static Value path(Path path) {
        var entities = new ArrayList<Entity>();
        var relationships = path.relationships().iterator();
        for (var node : path.nodes()) {
            entities.add(node(node));
            if (relationships.hasNext()) {
                entities.add(relationship(relationships.next()));
            }
        }
        return new InternalPath(entities).asValue();
    }

    private static Map<String, Value> properties(Map<String, Object> properties) {
        var converted = new HashMap<String, Value>(properties.size() * 2);
        properties.forEach((k, v) -> converted.put(k, value(v)));
        return converted;
    }
}
