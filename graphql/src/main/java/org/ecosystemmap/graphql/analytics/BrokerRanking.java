package org.ecosystemmap.graphql.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.springframework.stereotype.Component;

/**
 * Ranks entities by a {@link Metric} computed over the whole graph, of a year or of all, weighted or plain:
 * highest score first, equal scores by id, and equal scores share a rank (1, 2, 2, 4). The scores are
 * computed once per projection and measure.
 */
@Component
class BrokerRanking {

    /** An entity's place in a ranking, by id. */
    record Place(String id, double score, int rank) {
    }

    List<Place> top(GraphProjection projection, Centrality.Measure measure, Set<EntityKind> kinds, int first) {
        var normalised = new Centrality.Measure(measure.metric(), measure.weighted(), projection.years().normalise(measure.year()));
        Map<String, Double> scores = projection.derive(normalised, p -> Centrality.scores(p, normalised));
        var ordered = scores.entrySet().stream()
                .filter(e -> kinds.isEmpty() || kinds.contains(projection.kind(e.getKey())))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(first)
                .toList();
        var ranked = new ArrayList<Place>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            double score = ordered.get(i).getValue();
            int rank = i > 0 && ranked.get(i - 1).score() == score ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Place(ordered.get(i).getKey(), score, rank));
        }
        return ranked;
    }
}
