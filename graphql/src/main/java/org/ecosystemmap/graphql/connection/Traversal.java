package org.ecosystemmap.graphql.connection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.relation.RelationTypes;

/**
 * What a connection query may follow and pass through: relationship types, entity kinds, entities to avoid,
 * and the year relationships must hold in. The Cypher is written here and says only what narrows: a question
 * that names no types follows any relationship, and the database expands a pattern typed
 * {@code [r:PARTNER_IN|MEMBER_OF]} faster than it tests a condition on every relationship. Types and kinds enter
 * the text as the vocabulary names them (a client's names are checked against it first); the user's other
 * values only ever reach a query as the parameters {@link #parameters} gives.
 *
 * @param types the relationship types to follow; null for any
 * @param kinds the kinds of entity to include and pass through; null for any
 */
public record Traversal(List<RelationType> types, List<EntityKind> kinds, List<String> excludeIds, Integer asOf) {

    public static Traversal of(List<String> types, List<EntityKind> kinds, List<String> excludeIds, Integer asOf) {
        var checked = RelationTypes.checked(types);
        return new Traversal(checked == null ? null : checked.stream().map(RelationType::valueOf).distinct().toList(),
                kinds == null || kinds.isEmpty() ? null : kinds.stream().distinct().toList(),
                excludeIds == null ? List.of() : List.copyOf(excludeIds), asOf);
    }

    /** The same traversal, avoiding these entities as well. */
    Traversal avoiding(List<String> ids) {
        var all = new ArrayList<>(excludeIds);
        all.addAll(ids);
        return new Traversal(types, kinds, all.stream().distinct().toList(), asOf);
    }

    /** The same traversal, allowed to reach these entities even when it should avoid them. */
    Traversal reaching(List<String> ids) {
        return new Traversal(types, kinds, excludeIds.stream().filter(id -> !ids.contains(id)).toList(), asOf);
    }

    /** The relationship of a pattern, bound to {@code r}, of the types that may be followed: {@code r:RUNS|FUNDS}, or {@code r}. */
    String relationship(String r) {
        return types == null ? r : r + ":" + types.stream().map(Enum::name).collect(Collectors.joining("|"));
    }

    /**
     * Whether the relationship bound to {@code r} held in the year {@code $asOf}: it had started by then and had not
     * ended before it, a relationship without {@code since} or {@code until} being open on that side. Empty
     * when no year is asked.
     */
    String held(String r) {
        return asOf == null ? "" : "(%1$s.since IS NULL OR %1$s.since <= $asOf) AND (%1$s.until IS NULL OR %1$s.until >= $asOf)".formatted(r);
    }

    /** Whether the entity bound to {@code n} may be included or passed through: of the kinds, not avoided. Empty when any may. */
    String admits(String n) {
        var kind = kinds == null ? "" : n + ":" + kinds.stream().map(EntityKind::label).collect(Collectors.joining("|"));
        var avoided = excludeIds.isEmpty() ? "" : "NOT %s.id IN $excludeIds".formatted(n);
        return and(kind, avoided);
    }

    /** The conditions that say something, joined by AND; empty when none does. */
    static String and(String... conditions) {
        return Arrays.stream(conditions).filter(c -> !c.isEmpty()).map(c -> "(" + c + ")").collect(Collectors.joining(" AND "));
    }

    /** {@code AND} and the conditions that say something, to add to a {@code WHERE} that has one already; empty when none does. */
    static String andAlso(String... conditions) {
        var all = and(conditions);
        return all.isEmpty() ? "" : " AND " + all;
    }

    /** {@code WHERE} and the conditions that say something; empty when none does. */
    static String where(String... conditions) {
        var all = and(conditions);
        return all.isEmpty() ? "" : " WHERE " + all;
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        parameters.put("excludeIds", excludeIds);
        parameters.put("asOf", asOf);
        return parameters;
    }
}
