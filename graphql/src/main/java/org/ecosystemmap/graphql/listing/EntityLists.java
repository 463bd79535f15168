package org.ecosystemmap.graphql.listing;

import static org.ecosystemmap.graphql.compile.Field.below;
import static org.ecosystemmap.graphql.compile.Field.selects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityProjection;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.entity.SearchText;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;

/**
 * Pages through the entities of one kind that meet a filter's conditions: ordered by name, or best match
 * first when the filter has text. One statement counts them (when {@code totalCount} is asked for) and reads
 * the page, with what is selected on each entity.
 */
public final class EntityLists {

    private EntityLists() {
    }

    /** What a list reads of each entity, and whether it counts and lists them at all. */
    private record ListPlan(EntityProjection.Compiled entity, boolean counted, boolean listed) {
    }

    public static CompiledQuery<Connection<EntityResult>> list(EntityKind kind, String text, List<Condition> conditions, PageRequest page,
            Selection selection) {
        var plan = selection.plan("list " + kind, (fields, compilation) -> new ListPlan(
                EntityProjection.of(below(fields, "edges", "node"), kind, "n", compilation), selects(fields, "totalCount"),
                selects(fields, "edges") || selects(fields, "pageInfo")));
        var compilation = plan.compilation();
        var entity = plan.value().entity();
        boolean counted = plan.value().counted();
        boolean listed = plan.value().listed();
        var parameters = new HashMap<String, Object>();
        var match = match(kind, text, conditions, parameters);
        parameters.forEach(compilation::put);
        var order = hasText(text) ? "score DESC, n.name, n.id" : "n.name, n.id";
        compilation.put("offset", page.offset());
        compilation.put("first", page.first() + (counted ? 0 : 1));
        var total = counted ? "CALL () { %s RETURN count(n) AS total }".formatted(match) : "WITH null AS total";
        var items = listed ? "CALL () { %s WITH n ORDER BY %s SKIP $offset LIMIT $first RETURN collect(%s) AS page }"
                .formatted(match, order, entity.cypher()) : "WITH total, [] AS page";
        return new CompiledQuery<>(compilation.statement("%s%n%s%nRETURN total, page".formatted(total, items)), records -> {
            var record = records.getFirst();
            var found = entity.readAll(record.get("page").asObject());
            return counted ? Connection.of(found, page, record.get("total").asInt()) : Connection.peek(found, page);
        });
    }

    /**
     * The clause that binds {@code n} to each entity of a kind that meets the conditions (and {@code score}
     * to its relevance when there is text), adding the parameters it needs. Every list that takes text
     * starts from it, so a text finds the same entities everywhere.
     */
    public static String match(EntityKind kind, String text, List<Condition> conditions, Map<String, Object> parameters) {
        conditions.forEach(c -> parameters.putAll(c.parameters()));
        var where = conditions.isEmpty() ? "true" : conditions.stream().map(c -> "(" + c.predicate() + ")").collect(Collectors.joining(" AND "));
        if (!hasText(text)) {
            return "MATCH (n:%s) WHERE %s".formatted(kind.label(), where);
        }
        return "%s%nWITH node AS n, score WHERE n:%s AND %s".formatted(SearchText.hits(text, parameters), kind.label(), where);
    }

    /** Whether a filter's text asks for a text search; blank text does not. */
    public static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
