package org.ecosystemmap.graphql.connection;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.analytics.ProjectionCache;
import org.ecosystemmap.graphql.compile.Field;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The connection queries: what links entities, and what surrounds one. */
@Controller
public class ConnectionController {

    private final ProjectionCache projections;

    ConnectionController(ProjectionCache projections) {
        this.projections = projections;
    }

    @QueryMapping
    public Neighbourhood neighbourhood(@Argument String id, @Argument Integer depth, @Argument List<String> types,
            @Argument List<EntityKind> kinds, @Argument List<String> excludeIds, @Argument Integer limit, @Argument Integer asOf,
            DataFetchingEnvironment env) {
        var request = new SubgraphRequest(id, depth, types, kinds, excludeIds, limit, asOf);
        return RequestReads.of(env).run(ConnectionQueries.neighbourhood(request, Field.below(env)));
    }

    @QueryMapping
    public List<GraphPath> shortestPaths(@Argument String from, @Argument String to, @Argument Integer maxHops,
            @Argument List<String> types, @Argument List<String> excludeIds, @Argument Boolean excludeHubs, @Argument Boolean all,
            @Argument Integer asOf, DataFetchingEnvironment env) {
        if (from.equals(to)) {
            throw new BadRequestException("from and to must be different entities");
        }
        var traversal = Traversal.of(types, null, excludeIds, asOf);
        if (Boolean.TRUE.equals(excludeHubs)) {
            traversal = traversal.avoiding(List.copyOf(projections.current().hubs()));
        }
        int hops = ArgumentBounds.between("maxHops", maxHops, 6, 1, Limits.MAX_HOPS);
        return RequestReads.of(env).run(ConnectionQueries.shortestPaths(from, to, hops, traversal, Boolean.TRUE.equals(all), Field.below(env)));
    }

    @QueryMapping
    public List<SharedPartner> sharedPartners(@Argument List<String> ids, @Argument List<String> types, @Argument Integer asOf,
            DataFetchingEnvironment env) {
        var distinct = ids.stream().distinct().toList();
        if (distinct.size() < 2 || distinct.size() > Limits.MAX_SHARED_IDS) {
            throw new BadRequestException("ids must name between 2 and " + Limits.MAX_SHARED_IDS + " different entities, not " + distinct.size());
        }
        var partnerTypes = types == null ? ConnectionQueries.TAKING_PART : types;
        return RequestReads.of(env).run(ConnectionQueries.sharedPartners(distinct, Traversal.of(partnerTypes, null, null, asOf), Field.below(env)));
    }

    @QueryMapping
    public List<CommonGround> commonGround(@Argument String a, @Argument String b, @Argument List<String> types,
            @Argument List<EntityKind> kinds, @Argument Integer asOf, DataFetchingEnvironment env) {
        if (a.equals(b)) {
            throw new BadRequestException("a and b must be different entities");
        }
        return RequestReads.of(env).run(ConnectionQueries.commonGround(a, b, Traversal.of(types, kinds, null, asOf), Field.below(env)));
    }
}
