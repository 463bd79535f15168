package org.ecosystemmap.graphql.relation;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Answers every {@link RelatedField}: a data loader per field collects the entities of one level of a
 * request, and one query fetches what they relate to.
 */
@Component
class RelatedEntitiesWiring implements RuntimeWiringConfigurer {

    private final EcosystemGraph graph;

    RelatedEntitiesWiring(EcosystemGraph graph, BatchLoaderRegistry registry) {
        this.graph = graph;
        for (var field : RelatedField.values()) {
            registry.<EntityNode, List<EntityNode>>forName(field.loaderName())
                    .registerBatchLoader((entities, environment) -> Flux.fromIterable(load(entities, field)));
        }
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        for (var field : RelatedField.values()) {
            DataFetcher<Object> fetcher = env -> env.<EntityNode, List<EntityNode>>getDataLoader(field.loaderName()).load(env.getSource());
            builder.type(field.typeName(), type -> type.dataFetcher(field.field(), fetcher));
        }
    }

    private List<List<EntityNode>> load(List<EntityNode> entities, RelatedField field) {
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
                """.formatted(field.direction().pattern()), parameters, record -> {
                    related.put(record.get("id").asString(), record.get("related").asList(v -> EntityNode.of(v.asNode())));
                    return null;
                });
        return entities.stream().map(e -> related.getOrDefault(e.id(), List.of())).toList();
    }
}
