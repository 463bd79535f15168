package org.ecosystemmap.graphql.analytics;

import graphql.schema.DataFetchingEnvironment;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityQueries;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.request.ComputesInMemory;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Network analytics over the in-memory projection: brokers, communities, partner suggestions and hubs. The
 * projection gives the ids; one statement then reads what the client selected on those entities.
 */
@Controller
@ComputesInMemory
public class AnalyticsController {

    private static final int MAX_RESULTS = 100;

    private final BrokerRanking brokers;
    private final CommunityDetection communities;
    private final PartnerSuggestions suggestions;
    private final ProjectionCache projections;

    AnalyticsController(BrokerRanking brokers, CommunityDetection communities, PartnerSuggestions suggestions, ProjectionCache projections) {
        this.brokers = brokers;
        this.communities = communities;
        this.suggestions = suggestions;
        this.projections = projections;
    }

    @QueryMapping
    public List<Ranked> brokers(@Argument Metric metric, @Argument List<EntityKind> kinds, @Argument Integer first, DataFetchingEnvironment env) {
        var chosen = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(EntityKind.class) : EnumSet.copyOf(kinds);
        var places = brokers.top(projection(env), metric == null ? Metric.BETWEENNESS : metric, chosen, count(first, 20));
        var entities = read(env, places.stream().map(BrokerRanking.Place::id), "entity");
        return places.stream().map(p -> new Ranked(entities.get(p.id()), p.score(), p.rank())).toList();
    }

    @QueryMapping
    public List<Community> communities(@Argument Integer minSize, @Argument Integer first, DataFetchingEnvironment env) {
        var found = communities.largest(projection(env), ArgumentBounds.between("minSize", minSize, 3, 1, Integer.MAX_VALUE), count(first, 20));
        var entities = read(env, found.stream().flatMap(c -> c.members().stream()), "label", "members");
        return found.stream()
                .map(c -> new Community(entities.get(c.label()), c.members().size(), c.members().stream().map(entities::get).toList()))
                .toList();
    }

    @QueryMapping
    public List<Suggestion> suggestPartners(@Argument String id, @Argument Integer first, DataFetchingEnvironment env) {
        var found = suggestions.forEntity(projection(env), id, count(first, 10));
        var entities = read(env, found.stream().flatMap(c -> Stream.concat(Stream.of(c.id()), c.because().stream())), "partner", "because");
        return found.stream()
                .map(c -> new Suggestion(entities.get(c.id()), c.score(), c.because().stream().map(entities::get).toList()))
                .toList();
    }

    @QueryMapping
    public List<EntityResult> hubs(DataFetchingEnvironment env) {
        var ids = projection(env).hubs().stream().sorted().toList();
        return RequestReads.of(env).run(EntityQueries.byIds(ids, Selection.of(env), null));
    }

    /** The entities with these ids, each with what is selected at the named fields (together), by id. */
    private static Map<String, EntityResult> read(DataFetchingEnvironment env, Stream<String> ids, String... fields) {
        return RequestReads.of(env).run(EntityQueries.byId(ids.distinct().toList(), Selection.of(env), null, fields));
    }

    private GraphProjection projection(DataFetchingEnvironment env) {
        return projections.current(RequestReads.of(env));
    }

    private static int count(Integer first, int defaultValue) {
        return ArgumentBounds.between("first", first, defaultValue, 1, MAX_RESULTS);
    }
}
