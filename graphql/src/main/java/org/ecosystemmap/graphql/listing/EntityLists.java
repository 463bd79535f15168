package org.ecosystemmap.graphql.listing;

import java.util.HashMap;
import java.util.List;
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
        conditions.forEach(c -> parameters.putAll(c.parameters()));
        parameters.put("offset", page.offset());
        parameters.put("first", page.first());
        var where = conditions.isEmpty() ? "true" : conditions.stream().map(c -> "(" + c.predicate() + ")").collect(Collectors.joining(" AND "));
        String match;
        String order;
        if (text == null || text.isBlank()) {
            match = "MATCH (n:%s) WHERE %s".formatted(kind.label(), where);
            order = "n.name, n.id";
        } else {
            parameters.put("index", GraphSchema.SEARCH_INDEX);
            parameters.put("query", SearchText.lucene(text));
            match = "CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score WHERE n:%s AND %s".formatted(kind.label(), where);
            order = "score DESC, n.name, n.id";
        }
        return graph.queryOne("""
                CALL () { %1$s RETURN count(n) AS total }
                CALL () { %1$s WITH n ORDER BY %2$s SKIP $offset LIMIT $first RETURN collect(n) AS page }
                RETURN total, page
                """.formatted(match, order), parameters,
                r -> Connection.of(r.get("page").asList(v -> EntityNode.of(v.asNode())), page, r.get("total").asInt()))
                .orElseThrow();
    }
}
