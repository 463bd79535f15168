package org.ecosystemmap.graphql.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.pagination.Connection;
import org.springframework.stereotype.Component;

/**
 * Reads the relationships of many entities read whole at once: one query per distinct set of arguments (see
 * {@link WholeNodeLoaders}).
 */
@Component
class RelationQueries {

    private final EcosystemGraph graph;

    RelationQueries(EcosystemGraph graph) {
        this.graph = graph;
    }

    Map<RelationsRequest, Connection<Relation>> load(Set<RelationsRequest> requests) {
        var result = new HashMap<RelationsRequest, Connection<Relation>>();
        var byArguments = requests.stream().collect(Collectors.groupingBy(RelationsRequest::arguments, LinkedHashMap::new, Collectors.toList()));
        byArguments.forEach((arguments, group) -> {
            var pages = page(group.stream().map(RelationsRequest::id).distinct().toList(), arguments);
            for (var request : group) {
                result.put(request, pages.getOrDefault(request.id(), Connection.of(List.of(), arguments.page(), 0)));
            }
        });
        return result;
    }

    private Map<String, Connection<Relation>> page(List<String> ids, RelationsRequest.Arguments arguments) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", ids);
        parameters.put("types", arguments.types());
        parameters.put("direction", arguments.direction().name());
        parameters.put("offset", arguments.page().offset());
        parameters.put("end", arguments.page().offset() + arguments.page().first());
        var pages = new HashMap<String, Connection<Relation>>();
        graph.query("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                CALL (n) {
                  MATCH (n)-[r]-(m:Entity)
                  WHERE ($types IS NULL OR type(r) IN $types)
                    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
                  WITH n, r, m ORDER BY type(r), m.name, m.id
                  RETURN collect({r: r, m: m, out: startNode(r) = n}) AS related
                }
                RETURN id, size(related) AS total, related[$offset..$end] AS page
                """, parameters, record -> {
                    var relations = new ArrayList<Relation>();
                    for (var item : record.get("page").asList(v -> v)) {
                        relations.add(Relation.of(item.get("r").asRelationship(), item.get("out").asBoolean(),
                                EntityNode.of(item.get("m").asNode())));
                    }
                    pages.put(record.get("id").asString(), Connection.of(relations, arguments.page(), record.get("total").asInt()));
                    return null;
                });
        return pages;
    }
}
