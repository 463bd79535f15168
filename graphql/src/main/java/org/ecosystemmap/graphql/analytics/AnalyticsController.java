package org.ecosystemmap.graphql.analytics;

import java.util.EnumSet;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.EntityQueries;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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
    public List<Ranked> brokers(@Argument Metric metric, @Argument List<EntityKind> kinds, @Argument Integer first) {
        var chosen = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(EntityKind.class) : EnumSet.copyOf(kinds);
        return brokers.top(metric == null ? Metric.BETWEENNESS : metric, chosen, count(first, 20));
    }

    @QueryMapping
    public List<Community> communities(@Argument Integer minSize, @Argument Integer first) {
        return communities.largest(ArgumentBounds.between("minSize", minSize, 3, 1, Integer.MAX_VALUE), count(first, 20));
    }

    @QueryMapping
    public List<Suggestion> suggestPartners(@Argument String id, @Argument Integer first) {
        return suggestions.forEntity(id, count(first, 10));
    }

    @QueryMapping
    public List<EntityNode> hubs() {
        return entities.byIds(projections.current().hubs().stream().sorted().toList());
    }

    private static int count(Integer first, int defaultValue) {
        return ArgumentBounds.between("first", first, defaultValue, 1, MAX_RESULTS);
    }
}
