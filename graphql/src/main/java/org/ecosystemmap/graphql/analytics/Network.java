package org.ecosystemmap.graphql.analytics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.ecosystemmap.graph.vocabulary.RelationWeights;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Who is connected to whom by the links a view keeps (those of a year, of some types), each pair once and
 * weighted by the cheapest link between them: the weighted graph of ranked paths, weighted brokers and
 * suggestions. The cost of an edge is the cost of that link; its strength, for measures where a stronger
 * tie should count more, is the inverse.
 */
public final class Network {

    private final Graph<String, DefaultWeightedEdge> costs;
    private final Map<DefaultWeightedEdge, Link> cheapest;

    private Network(Graph<String, DefaultWeightedEdge> costs, Map<DefaultWeightedEdge, Link> cheapest) {
        this.costs = costs;
        this.cheapest = cheapest;
    }

    /** The entities, and the links that {@code keep} accepts, in the order given (ties keep the first link). */
    static Network of(Collection<String> entities, Collection<Link> links, Predicate<Link> keep) {
        Graph<String, DefaultWeightedEdge> graph = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected().weighted(true)
                .allowingMultipleEdges(false).allowingSelfLoops(false).edgeClass(DefaultWeightedEdge.class).buildGraph();
        entities.forEach(graph::addVertex);
        var cheapest = new HashMap<DefaultWeightedEdge, Link>();
        for (var link : links) {
            if (!keep.test(link)) {
                continue;
            }
            var edge = graph.getEdge(link.from(), link.to());
            if (edge == null) {
                edge = graph.addEdge(link.from(), link.to());
                graph.setEdgeWeight(edge, link.cost());
                cheapest.put(edge, link);
            } else if (link.cost() < graph.getEdgeWeight(edge)) {
                graph.setEdgeWeight(edge, link.cost());
                cheapest.put(edge, link);
            }
        }
        return new Network(new DeadlineBoundGraph<>(new AsUnmodifiableGraph<>(graph)), Map.copyOf(cheapest));
    }

    /** Edges weighted by cost: a distance, for shortest paths and betweenness. */
    public Graph<String, DefaultWeightedEdge> costs() {
        return costs;
    }

    /** Edges weighted by strength (the inverse of the cost): for PageRank and weighted degree. */
    public Graph<String, DefaultWeightedEdge> strengths() {
        return new AsWeightedGraph<>(costs, e -> RelationWeights.strength(costs.getEdgeWeight(e)), true, false);
    }

    /** Every edge the same: who is connected to whom in the view. */
    public Graph<String, DefaultWeightedEdge> unweighted() {
        return new AsUnweightedGraph<>(costs);
    }

    /** The cheapest link an edge stands for. */
    public Link link(DefaultWeightedEdge edge) {
        return cheapest.get(edge);
    }

    /** The cheapest link between two entities, or null when the view has none. */
    public Link link(String a, String b) {
        var edge = costs.getEdge(a, b);
        return edge == null ? null : cheapest.get(edge);
    }
}
