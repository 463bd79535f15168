package org.ecosystemmap.graphql.connection;

import java.util.Comparator;
import java.util.List;
import org.ecosystemmap.graphql.relation.RelationshipFacts;
import org.neo4j.driver.Value;

/** A relationship between two entities in the direction it was recorded: an {@code Edge} of a subgraph or path. */
public record GraphEdge(String from, String to, String type, String role, Integer since, Integer until,
        List<String> storedSources, String quote, boolean inferred) {

    /** Edges in a stable order: by start, type and end. */
    public static final Comparator<GraphEdge> ORDER = Comparator.comparing(GraphEdge::from)
            .thenComparing(GraphEdge::type).thenComparing(GraphEdge::to);

    /** The Cypher map {@link #of} reads, for the relationship held by {@code variable}. */
    static String cypher(String variable) {
        return "{r: %1$s, from: startNode(%1$s).id, to: endNode(%1$s).id}".formatted(variable);
    }

    /** Reads the map {@link #cypher} makes. */
    public static GraphEdge of(Value value) {
        var relationship = value.get("r").asRelationship();
        var facts = RelationshipFacts.of(relationship);
        return new GraphEdge(value.get("from").asString(), value.get("to").asString(), relationship.type(), facts.role(),
                facts.since(), facts.until(), facts.storedSources(), facts.quote(), facts.inferred());
    }

    static List<GraphEdge> listOf(Value values) {
        return values.asList(GraphEdge::of).stream().distinct().sorted(ORDER).toList();
    }
}
