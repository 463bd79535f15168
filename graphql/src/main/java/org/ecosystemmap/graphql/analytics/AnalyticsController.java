package org.ecosystemmap.graphql.analytics;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.EntityQueries;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.timeline.CalendarDate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Network analytics over the in-memory projection: brokers, communities, partner suggestions and hubs. */
@Controller
public class AnalyticsController {

    private static final int MAX_RESULTS = 100;

    private final BrokerRanking brokers;
    private final CommunityDetection communities;
    private final PartnerSuggestions suggestions;
    private final ProjectionCache projections;
    private final EntityQueries entities;

    AnalyticsController(BrokerRanking brokers, CommunityDetection communities, PartnerSuggestions suggestions,
            ProjectionCache projections, EntityQueries entities) {
        this.brokers = brokers;
        this.communities = communities;
        this.suggestions = suggestions;
        this.projections = projections;
        this.entities = entities;
    }

    @QueryMapping
    public List<Ranked> brokers(@Argument Metric metric, @Argument List<EntityKind> kinds, @Argument Integer first,
            @Argument Boolean weighted, @Argument CalendarDate asOf) {
        var chosen = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(EntityKind.class) : EnumSet.copyOf(kinds);
        var measure = new Centrality.Measure(metric == null ? Metric.BETWEENNESS : metric, Boolean.TRUE.equals(weighted),
                CalendarDate.yearOf(asOf));
        return brokers.top(measure, chosen, count(first, 20));
    }

    @QueryMapping
    public List<Community> communities(@Argument Integer minSize, @Argument Integer first, @Argument CalendarDate asOf) {
        return communities.largest(ArgumentBounds.between("minSize", minSize, 3, 1, Integer.MAX_VALUE), count(first, 20),
                CalendarDate.yearOf(asOf));
    }

    @QueryMapping
    public List<Suggestion> suggestPartners(@Argument String id, @Argument Integer first, @Argument CalendarDate asOf) {
        var found = suggestions.forEntity(id, count(first, 10), CalendarDate.yearOf(asOf));
        var ids = Stream.concat(Stream.of(id), found.stream().flatMap(c -> Stream.concat(Stream.of(c.id()),
                c.reasons().stream().flatMap(r -> r.links().stream()).flatMap(l -> Stream.of(l.from(), l.to()))))).distinct().toList();
        Map<String, EntityNode> nodes = entities.byIds(ids).stream().collect(Collectors.toMap(EntityNode::id, Function.identity()));
        var names = nodes.values().stream().collect(Collectors.toMap(EntityNode::id, n -> LinkSentence.names(n.properties())));
        return found.stream()
                .map(c -> new Suggestion(nodes.get(c.id()), c.score(), c.reasons().stream().map(r -> nodes.get(r.via())).toList(),
                        c.reasons().stream().map(r -> new SuggestionReason(nodes.get(r.via()), r.contribution(), r.links(), names)).toList()))
                .toList();
    }

    @QueryMapping
    public List<EntityNode> hubs() {
        return entities.byIds(projections.current().hubs().stream().sorted().toList());
    }

    @SchemaMapping(typeName = "SuggestionReason")
    public String sentence(SuggestionReason reason, @Argument Language lang) {
        return reason.sentence(lang == null ? Language.EN : lang);
    }

    private static int count(Integer first, int defaultValue) {
        return ArgumentBounds.between("first", first, defaultValue, 1, MAX_RESULTS);
    }
}
