package org.ecosystemmap.graphql.connection;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.analytics.ProjectionCache;
import org.ecosystemmap.graphql.compile.Selection;
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
        return RequestReads.of(env).run(ConnectionQueries.neighbourhood(id, depth, types, kinds, excludeIds, limit, asOf, Selection.of(env)));
    }

    @QueryMapping
    public List<GraphPath> shortestPaths(@Argument String from, @Argument String to, @Argument Integer maxHops,
            @Argument List<String> types, @Argument List<String> excludeIds, @Argument Boolean excludeHubs, @Argument Boolean all,
            @Argument Integer asOf, DataFetchingEnvironment env) {
        var reads = RequestReads.of(env);
        var hubs = Boolean.TRUE.equals(excludeHubs) ? List.copyOf(projections.current(reads).hubs()) : List.<String>of();
        return reads.run(ConnectionQueries.shortestPaths(from, to, maxHops, types, excludeIds, hubs, all, asOf, Selection.of(env)));
    }

    @QueryMapping
    public List<SharedPartner> sharedPartners(@Argument List<String> ids, @Argument List<String> types, @Argument Integer asOf,
            @Argument Boolean throughParts, DataFetchingEnvironment env) {
        return RequestReads.of(env).run(ConnectionQueries.sharedPartners(ids, types, asOf, throughParts, Selection.of(env)));
    }

    @QueryMapping
    public List<CommonGround> commonGround(@Argument String a, @Argument String b, @Argument List<String> types,
            @Argument List<EntityKind> kinds, @Argument Integer asOf, DataFetchingEnvironment env) {
        return RequestReads.of(env).run(ConnectionQueries.commonGround(a, b, types, kinds, asOf, Selection.of(env)));
    }
}
