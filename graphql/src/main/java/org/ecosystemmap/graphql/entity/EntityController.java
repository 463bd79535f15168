package org.ecosystemmap.graphql.entity;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Look-ups and search over every kind of entity, and the fields every entity has. */
@Controller
public class EntityController {

    private static final int MAX_IDS = 1000;

    private final EntityQueries queries;

    public EntityController(EntityQueries queries) {
        this.queries = queries;
    }

    @QueryMapping
    public EntityNode entity(@Argument String id) {
        return queries.byIds(List.of(id)).stream().findFirst().orElse(null);
    }

    @QueryMapping
    public List<EntityNode> entities(@Argument List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new BadRequestException("at most " + MAX_IDS + " ids at once, not " + ids.size());
        }
        return queries.byIds(ids);
    }

    @QueryMapping
    public Connection<EntityNode> search(@Argument String text, @Argument List<EntityKind> kinds, @Argument Integer first,
            @Argument String after) {
        return queries.search(text, kinds, PageRequest.of(first, after, 20));
    }

    @SchemaMapping(typeName = "Entity")
    public List<SourceCitation> sources(EntityNode entity) {
        return SourceCitation.of(entity.storedSources(), entity.quote(), entity.inferred());
    }
}
