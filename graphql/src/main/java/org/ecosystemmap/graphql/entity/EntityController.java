package org.ecosystemmap.graphql.entity;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Look-ups and search over every kind of entity. */
@Controller
public class EntityController {

    private static final int MAX_IDS = 1000;

    @QueryMapping
    public EntityResult entity(@Argument String id, DataFetchingEnvironment env) {
        return RequestReads.of(env).run(EntityQueries.lookup(id, Selection.of(env)));
    }

    @QueryMapping
    public List<EntityResult> entities(@Argument List<String> ids, DataFetchingEnvironment env) {
        if (ids.size() > MAX_IDS) {
            throw new BadRequestException("at most " + MAX_IDS + " ids at once, not " + ids.size());
        }
        return RequestReads.of(env).run(EntityQueries.byIds(ids, Selection.of(env), null));
    }

    @QueryMapping
    public Connection<EntityResult> search(@Argument String text, @Argument List<EntityKind> kinds, @Argument Integer first,
            @Argument String after, DataFetchingEnvironment env) {
        return RequestReads.of(env).run(EntityQueries.search(text, kinds, PageRequest.of(first, after, 20), Selection.of(env)));
    }
}
