package org.ecosystemmap.graphql.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;

/**
 * Scores every entity of a projection by a {@link Metric}, with JGraphT. Scores are rounded to nine decimals,
 * so that entities in the same position compare equal instead of differing in the last bits of a sum.
 */
final class Centrality {

    private Centrality() {
    }

    static Map<String, Double> scores(GraphProjection projection, Metric metric) {
        var graph = projection.graph();
        Map<String, Double> raw = switch (metric) {
            case DEGREE -> {
                var degrees = new LinkedHashMap<String, Double>();
                graph.vertexSet().forEach(v -> degrees.put(v, (double) graph.degreeOf(v)));
                yield degrees;
            }
            case BETWEENNESS -> new BetweennessCentrality<>(graph, true).getScores();
            case PAGERANK -> new PageRank<>(graph).getScores();
        };
        var rounded = new LinkedHashMap<String, Double>();
        raw.forEach((id, score) -> rounded.put(id, Math.round(score * 1e9) / 1e9));
        return rounded;
    }
}
