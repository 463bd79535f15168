package org.ecosystemmap.graphql.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.graph.MaskSubgraph;
import org.springframework.stereotype.Component;

/**
 * Finds communities with JGraphT's greedy modularity clustering (Clauset, Newman and Moore): groups of
 * entities more connected among themselves than with the rest. Each is labelled by its member with the most
 * neighbours. Hubs stay out of the clustering: connected to everything, they would pull every community into one.
 * As of a year, only the relationships that held in it count.
 */
@Component
class CommunityDetection {

    /** A community as found: its members' ids, the label's id first. */
    record Cluster(String label, List<String> members) {
    }

    private record Key(Integer year) {
    }

    /** The largest communities of at least {@code minSize} members, largest first, among the relationships of a year or all. */
    List<Cluster> largest(GraphProjection projection, int minSize, int first, Integer year) {
        var key = new Key(projection.years().normalise(year));
        List<Cluster> clusters = projection.derive(key, p -> clusters(p, key.year()));
        return clusters.stream().filter(c -> c.members().size() >= minSize).limit(first).toList();
    }

    private static List<Cluster> clusters(GraphProjection projection, Integer year) {
        return year == null ? clusters(projection.graph(), projection) : clusters(projection.network(year).unweighted(), projection);
    }

    private static <E> List<Cluster> clusters(Graph<String, E> graph, GraphProjection projection) {
        var withoutHubs = new MaskSubgraph<>(graph, projection.hubs()::contains, e -> false);
        var byDegree = Comparator.<String>comparingInt(graph::degreeOf).reversed().thenComparing(Comparator.naturalOrder());
        return new GreedyModularityAlgorithm<>(withoutHubs).getClustering().getClusters().stream()
                .map(members -> {
                    var ordered = new TreeSet<>(byDegree);
                    ordered.addAll(members);
                    return new Cluster(ordered.first(), List.copyOf(ordered));
                })
                .sorted(Comparator.<Cluster>comparingInt(c -> c.members().size()).reversed().thenComparing(Cluster::label))
                .toList();
    }
}
