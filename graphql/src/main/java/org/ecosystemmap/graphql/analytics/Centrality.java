package org.ecosystemmap.graphql.analytics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;

/**
 * Scores every entity of a projection by a {@link Metric}, with JGraphT. Scores are rounded to nine decimals,
 * so that entities in the same position compare equal instead of differing in the last bits of a sum.
 */
final class Centrality {

    /** What to score: a measure, over the weighted or the plain graph, of one year or of all. */
    record Measure(Metric metric, boolean weighted, Integer year) {
    }

    private Centrality() {
    }

    /**
     * The scores by the measure. Weighted, betweenness takes each link's cost as its length, so a chain of
     * working relationships is shorter than one through a place; PageRank and degree take its strength (the
     * inverse), so a consortium seat counts more than a passing mention. Plain, every link counts the same.
     */
    static Map<String, Double> scores(GraphProjection projection, Measure measure) {
        var network = projection.network(measure.year());
        var raw = switch (measure.metric()) {
            case DEGREE -> degrees(measure.weighted() ? network.strengths() : network.unweighted());
            case BETWEENNESS -> new BetweennessCentrality<>(measure.weighted() ? network.costs() : network.unweighted(), true).getScores();
            case PAGERANK -> new PageRank<>(measure.weighted() ? network.strengths() : network.unweighted()).getScores();
        };
        var rounded = new LinkedHashMap<String, Double>();
        raw.forEach((id, score) -> rounded.put(id, Math.round(score * 1e9) / 1e9));
        return rounded;
    }

    /** The number of neighbours, or with weights the sum of the links' strengths. */
    private static <E> Map<String, Double> degrees(Graph<String, E> graph) {
        var degrees = new LinkedHashMap<String, Double>();
        for (var v : graph.vertexSet()) {
            degrees.put(v, graph.edgesOf(v).stream().mapToDouble(graph::getEdgeWeight).sum());
        }
        return degrees;
    }
}
