package org.ecosystemmap.graphql.relation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The {@code relations} of every entity, batched: a page of 50 partners costs one query, not 50. */
@Controller
public class RelationController {

    static final String LOADER = "relations";

    public RelationController(BatchLoaderRegistry registry, RelationQueries queries) {
        registry.<RelationsRequest, Connection<Relation>>forName(LOADER)
                .registerMappedBatchLoader((requests, environment) -> Mono.fromCallable(() -> queries.load(requests)));
    }

    @SchemaMapping(typeName = "Entity")
    public CompletableFuture<Connection<Relation>> relations(EntityNode entity, @Argument List<String> types,
            @Argument Direction direction, @Argument Integer first, @Argument String after,
            DataLoader<RelationsRequest, Connection<Relation>> relations) {
        return relations.load(new RelationsRequest(entity.id(), RelationTypes.checked(types), direction == null ? Direction.BOTH : direction,
                PageRequest.of(first, after, 50)));
    }

    @SchemaMapping(typeName = "Relation")
    public List<SourceCitation> sources(Relation relation) {
        return SourceCitation.of(relation.storedSources(), relation.quote(), relation.inferred());
    }
}
