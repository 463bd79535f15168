package org.ecosystemmap.graphql.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.pagination.Connection;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where a compiled statement cannot serve: the relationships of entities read whole, which only the curators'
 * mutations return (every query compiles its whole selection into one statement, see {@code EntityProjection}).
 * A data loader per field collects the entities of one level of the response, and one query per level fetches
 * what they relate to, so a mutation's result still costs no query per entity.
 */
@Component
class WholeNodeLoaders {

    static final String RELATIONS = "relations";

    private final EcosystemGraph graph;

    WholeNodeLoaders(EcosystemGraph graph, BatchLoaderRegistry registry, RelationQueries relations) {
        this.graph = graph;
        registry.<RelationsRequest, Connection<Relation>>forName(RELATIONS)
                .registerMappedBatchLoader((requests, environment) -> Mono.fromCallable(() -> relations.load(requests)));
        for (var field : RelatedField.values()) {
            registry.<EntityNode, List<EntityNode>>forName(field.loaderName())
                    .registerBatchLoader((entities, environment) -> Flux.fromIterable(related(entities, field)));
        }
    }

    private List<List<EntityNode>> related(List<EntityNode> entities, RelatedField field) {
        var ids = entities.stream().map(EntityNode::id).distinct().toList();
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", ids);
        parameters.put("types", field.relationTypes());
        parameters.put("labels", field.labels().isEmpty() ? null : field.labels());
        Map<String, List<EntityNode>> related = new HashMap<>();
        graph.query("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                MATCH %s
                WHERE type(r) IN $types AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
                WITH id, m ORDER BY m.name, m.id
                RETURN id, collect(DISTINCT m) AS related
                """.formatted(field.direction().pattern("n", "r", "m:Entity")), parameters, record -> {
                    related.put(record.get("id").asString(), record.get("related").asList(v -> EntityNode.of(v.asNode())));
                    return null;
                });
        return entities.stream().map(e -> related.getOrDefault(e.id(), List.of())).toList();
    }
}
