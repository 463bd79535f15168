package org.ecosystemmap.graphql.connection;

import static org.ecosystemmap.graphql.compile.Field.selects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.compile.Field;
import org.ecosystemmap.graphql.entity.Cited;
import org.ecosystemmap.graphql.relation.RelationshipFacts;

/** A relationship between two entities in the direction it was recorded: an {@code Edge} of a subgraph or path. */
public record GraphEdge(String from, String to, String type, String role, Integer since, Integer until,
        List<String> storedSources, String quote, boolean inferred) implements Cited {

    /** Edges in a stable order: by start, type and end. */
    public static final Comparator<GraphEdge> ORDER = Comparator.comparing(GraphEdge::from)
            .thenComparing(GraphEdge::type).thenComparing(GraphEdge::to);

    /** The Cypher map {@link #of} reads for the relationship held by {@code variable}, with every fact. */
    static String cypher(String variable) {
        return cypher(variable, true, true, true, true, true);
    }

    /**
     * As {@link #cypher(String)}, with only the facts selected on the {@code Edge}: its ends and type always,
     * since edges are ordered and told apart by them.
     */
    public static String cypher(String variable, List<Field> selected) {
        return cypher(variable, selects(selected, "role"), selects(selected, "since"), selects(selected, "until"), selects(selected, "sources"),
                selects(selected, "sources"));
    }

    /**
     * As {@link #cypher(String, List)}, with the role and the inferred flag always: what the weights table needs
     * to say what the relationship costs.
     */
    static String weighed(String variable, List<Field> selected) {
        return cypher(variable, true, selects(selected, "since"), selects(selected, "until"), selects(selected, "sources"), true);
    }

    private static String cypher(String variable, boolean role, boolean since, boolean until, boolean sources, boolean inferred) {
        var entries = new ArrayList<>(List.of("from: startNode(%1$s).id", "to: endNode(%1$s).id", "type: type(%1$s)"));
        if (role) {
            entries.add("role: %1$s.role");
        }
        if (since) {
            entries.add("since: %1$s.since");
        }
        if (until) {
            entries.add("until: %1$s.until");
        }
        if (sources) {
            entries.add("sources: %1$s.sources, quote: %1$s.quote");
        }
        if (inferred) {
            entries.add("inferred: %1$s.inferred");
        }
        return ("{" + String.join(", ", entries) + "}").formatted(variable);
    }

    /** Reads the map {@link #cypher} makes. */
    @SuppressWarnings("unchecked")
    public static GraphEdge of(Object raw) {
        var values = (Map<String, Object>) raw;
        var facts = RelationshipFacts.of(values);
        return new GraphEdge((String) values.get("from"), (String) values.get("to"), (String) values.get("type"), facts.role(),
                facts.since(), facts.until(), facts.storedSources(), facts.quote(), facts.inferred());
    }

    /** Reads a list of the maps {@link #cypher} makes, each edge once, in {@link #ORDER}. */
    public static List<GraphEdge> listOf(Object raw) {
        return ((List<?>) raw).stream().map(GraphEdge::of).distinct().sorted(ORDER).toList();
    }
}
