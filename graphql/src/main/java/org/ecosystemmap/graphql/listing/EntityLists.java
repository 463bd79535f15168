package org.ecosystemmap.graphql.listing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.SearchText;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Pages through the entities of one kind that meet a filter's conditions: ordered by name, or best match
 * first when the filter has text. One query returns the page and the total count.
 */
@Component
public class EntityLists {

    private final EcosystemGraph graph;

    public EntityLists(EcosystemGraph graph) {
        this.graph = graph;
    }

    public Connection<EntityNode> list(EntityKind kind, String text, List<Condition> conditions, PageRequest page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("offset", page.offset());
        parameters.put("first", page.first());
        var match = match(kind, text, conditions, parameters);
        var order = hasText(text) ? "score DESC, n.name, n.id" : "n.name, n.id";
        return graph.queryOne("""
                CALL () { %1$s RETURN count(n) AS total }
                CALL () { %1$s WITH n ORDER BY %2$s SKIP $offset LIMIT $first RETURN collect(n) AS page }
                RETURN total, page
                """.formatted(match, order), parameters,
                r -> Connection.of(r.get("page").asList(v -> EntityNode.of(v.asNode())), page, r.get("total").asInt()))
                .orElseThrow();
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
        parameters.put("index", GraphSchema.SEARCH_INDEX);
        parameters.put("query", SearchText.lucene(text));
        return "CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score WHERE n:%s AND %s".formatted(kind.label(), where);
    }

    /** Whether a filter's text asks for a text search; blank text does not. */
    public static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
