package org.ecosystemmap.graphql.connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.relation.RelationTypes;

/**
 * What a connection query may follow and pass through: relationship types, entity kinds, entities to avoid,
 * and the year relationships must hold in. The predicates are Cypher written here; the user's values only
 * ever reach a query as the parameters {@link #parameters} gives.
 */
public record Traversal(List<String> types, List<String> labels, List<String> excludeIds, Integer asOf) {

    public static Traversal of(List<String> types, List<EntityKind> kinds, List<String> excludeIds, Integer asOf) {
        var labels = kinds == null || kinds.isEmpty() ? null : kinds.stream().map(EntityKind::label).distinct().toList();
        return new Traversal(RelationTypes.checked(types), labels, excludeIds == null ? List.of() : List.copyOf(excludeIds), asOf);
    }

    /** The same traversal, avoiding these entities as well. */
    Traversal avoiding(List<String> ids) {
        var all = new ArrayList<>(excludeIds);
        all.addAll(ids);
        return new Traversal(types, labels, all.stream().distinct().toList(), asOf);
    }

    /** The same traversal, allowed to reach these entities even when it should avoid them. */
    Traversal reaching(List<String> ids) {
        return new Traversal(types, labels, excludeIds.stream().filter(id -> !ids.contains(id)).toList(), asOf);
    }

    /** Whether the relationship held by {@code r} may be followed: one of the types, holding in the year. */
    static String follows(String r) {
        return "($types IS NULL OR type(%1$s) IN $types) AND %2$s".formatted(r, holds(r));
    }

    /**
     * Whether the relationship held by {@code r} held in the year {@code $asOf}: it had started by then and had
     * not ended before it. A relationship without {@code since} or {@code until} is open on that side.
     */
    static String holds(String r) {
        return "($asOf IS NULL OR ((%1$s.since IS NULL OR %1$s.since <= $asOf) AND (%1$s.until IS NULL OR %1$s.until >= $asOf)))"
                .formatted(r);
    }

    /** Whether the entity held by {@code n} may be included or passed through: of the kinds, not avoided. */
    static String admits(String n) {
        return "($labels IS NULL OR any(label IN labels(%1$s) WHERE label IN $labels)) AND NOT %1$s.id IN $excludeIds".formatted(n);
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        parameters.put("types", types);
        parameters.put("labels", labels);
        parameters.put("excludeIds", excludeIds);
        parameters.put("asOf", asOf);
        return parameters;
    }
}
