package org.ecosystemmap.graphql.analytics;

import graphql.schema.DataFetchingEnvironment;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.connection.ProjectedReads;
import org.ecosystemmap.graphql.entity.EntityQueries;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.request.ComputesInMemory;
import org.ecosystemmap.graphql.request.RequestReads;
import org.ecosystemmap.graphql.timeline.CalendarDate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Network analytics over the in-memory projection: brokers, communities, partner suggestions and hubs. The
 * projection gives the ids; one statement then reads what the client selected on those entities.
 */
@Controller
@ComputesInMemory
public class AnalyticsController {

    private static final int MAX_RESULTS = 100;

    /** Where a suggestion has entities: the organisation, the neighbours that explain it, and each reason's. */
    private static final ProjectedReads.Places SUGGESTED = new ProjectedReads.Places(
            List.of(List.of("partner"), List.of("because"), List.of("reasons", "via")), List.of());

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
    public List<Ranked> brokers(@Argument Metric metric, @Argument List<EntityKind> kinds, @Argument Integer first,
            @Argument Boolean weighted, @Argument CalendarDate asOf, DataFetchingEnvironment env) {
        var chosen = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(EntityKind.class) : EnumSet.copyOf(kinds);
        var measure = new Centrality.Measure(metric == null ? Metric.BETWEENNESS : metric, Boolean.TRUE.equals(weighted),
                CalendarDate.yearOf(asOf));
        var places = brokers.top(projection(env), measure, chosen, count(first, 20));
        var entities = read(env, places.stream().map(BrokerRanking.Place::id), "entity");
        return places.stream().map(p -> new Ranked(entities.get(p.id()), p.score(), p.rank())).toList();
    }

    @QueryMapping
    public List<Community> communities(@Argument Integer minSize, @Argument Integer first, @Argument CalendarDate asOf,
            DataFetchingEnvironment env) {
        var found = communities.largest(projection(env), ArgumentBounds.between("minSize", minSize, 3, 1, Integer.MAX_VALUE), count(first, 20),
                CalendarDate.yearOf(asOf));
        var entities = read(env, found.stream().flatMap(c -> c.members().stream()), "label", "members");
        return found.stream()
                .map(c -> new Community(entities.get(c.label()), c.members().size(), c.members().stream().map(entities::get).toList()))
                .toList();
    }

    /**
     * The suggestions the projection finds, then one statement that reads what the client selected on the
     * organisations and the neighbours that explain them, and the names of everyone along the reasons' chains,
     * for their sentences.
     */
    @QueryMapping
    public List<Suggestion> suggestPartners(@Argument String id, @Argument Integer first, @Argument CalendarDate asOf,
            DataFetchingEnvironment env) {
        var found = suggestions.forEntity(projection(env), id, count(first, 10), CalendarDate.yearOf(asOf));
        var ids = Stream.concat(Stream.of(id), found.stream().flatMap(c -> Stream.concat(Stream.of(c.id()),
                c.reasons().stream().flatMap(r -> r.links().stream()).flatMap(l -> Stream.of(l.from(), l.to()))))).distinct().toList();
        return RequestReads.of(env).run(ProjectedReads.of("suggestPartners", ids, List.of(), SUGGESTED, Selection.of(env), read -> {
            var nodes = read.entities();
            var names = read.labels();
            return found.stream()
                    .map(c -> new Suggestion(nodes.get(c.id()), c.score(), c.reasons().stream().map(r -> nodes.get(r.via())).toList(),
                            c.reasons().stream().map(r -> new SuggestionReason(nodes.get(r.via()), r.contribution(), r.links(), names)).toList()))
                    .toList();
        }));
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

    @SchemaMapping(typeName = "SuggestionReason")
    public String sentence(SuggestionReason reason, @Argument Language lang) {
        return reason.sentence(lang == null ? Language.EN : lang);
    }

    private static int count(Integer first, int defaultValue) {
        return ArgumentBounds.between("first", first, defaultValue, 1, MAX_RESULTS);
    }
}
