package org.ecosystemmap.graph.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ecosystemmap.graph.connection.EcosystemGraph;

/**
 * A canonical text dump of the whole graph: every node with its sorted labels and properties, every
 * relationship with its ends, type and properties, sorted. Two dumps are equal exactly when the graphs
 * hold the same data, so tests can show that a rejected import left the graph untouched. The audit trail
 * is a record about the map, not part of it, and is left out.
 */
public final class GraphDump {

    private GraphDump() {
    }

    public static List<String> of(EcosystemGraph graph) {
        var nodes = graph.query("""
                MATCH (n) WHERE NOT n:AuditEntry
                RETURN labels(n) AS labels, properties(n) AS properties
                """, Map.of(),
                r -> "node " + r.get("labels").asList(v -> v.asString()).stream().sorted().toList() + " "
                        + new TreeMap<>(r.get("properties").asMap()));
        var relationships = graph.query("""
                MATCH (a)-[r]->(b)
                RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties
                """, Map.of(),
                r -> "rel " + r.get("from").asString() + " " + r.get("type").asString() + " " + r.get("to").asString() + " "
                        + new TreeMap<>(r.get("properties").asMap()));
        return Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
    }
}
