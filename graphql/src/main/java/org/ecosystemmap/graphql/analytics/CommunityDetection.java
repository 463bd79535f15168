package org.ecosystemmap.graphql.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.EntityQueries;
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

    private final ProjectionCache projections;
    private final EntityQueries entities;

    CommunityDetection(ProjectionCache projections, EntityQueries entities) {
        this.projections = projections;
        this.entities = entities;
    }

    private record Key(Integer year) {
    }

    /** The largest communities of at least {@code minSize} members, largest first, among the relationships of a year or all. */
    List<Community> largest(int minSize, int first, Integer year) {
        var projection = projections.current();
        var key = new Key(projection.years().normalise(year));
        List<Cluster> clusters = projection.derive(key, p -> clusters(p, key.year()));
        var chosen = clusters.stream().filter(c -> c.members().size() >= minSize).limit(first).toList();
        var nodes = entities.byIds(chosen.stream().flatMap(c -> c.members().stream()).toList()).stream()
                .collect(Collectors.toMap(EntityNode::id, n -> n));
        return chosen.stream()
                .map(c -> new Community(nodes.get(c.label()), c.members().size(), c.members().stream().map(nodes::get).toList()))
                .toList();
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
