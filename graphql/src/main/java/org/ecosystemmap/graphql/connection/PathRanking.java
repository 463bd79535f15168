package org.ecosystemmap.graphql.connection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.analytics.GraphProjection;
import org.ecosystemmap.graphql.analytics.Link;
import org.jgrapht.alg.shortestpath.YenShortestPathIterator;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The cheapest chains between two entities by the weights table: Yen's k shortest loopless paths over the
 * projection's weighted graph (of a year, of some relationship types), where a chain's cost is the sum of its
 * relationships' costs and two entities are joined by their cheapest relationship. Chains longer than the
 * hops allowed are passed over, so the answer is the cheapest chains within them. Equal costs are ordered by
 * length, then by the ids along the chain, so the same question gets the same answer.
 */
final class PathRanking {

    /** A chain found: the entities from start to end, the relationship of each hop, and the total cost. */
    record Chain(List<String> nodes, List<Link> links, double cost) {
    }

    private PathRanking() {
    }

    /**
     * @param types the relationship types to follow, all when null
     * @param avoid entities never to pass through (the ends are always reached)
     */
    static List<Chain> between(GraphProjection projection, String from, String to, int first, int maxHops,
            Collection<RelationType> types, Set<String> avoid, Integer year) {
        var network = projection.network(year, types);
        var graph = new MaskSubgraph<>(network.costs(), v -> avoid.contains(v) && !v.equals(from) && !v.equals(to), e -> false);
        var paths = new YenShortestPathIterator<>(graph, from, to, (partial, edge) -> partial.getLength() < maxHops);
        var chains = new ArrayList<Chain>();
        while (chains.size() < first && paths.hasNext()) {
            var path = paths.next();
            var links = path.getEdgeList().stream().map(network::link).toList();
            // Costs are sums of halves and wholes; rounding keeps float noise out of the comparisons.
            chains.add(new Chain(path.getVertexList(), links, Math.round(path.getWeight() * 1e6) / 1e6));
        }
        chains.sort(Comparator.comparingDouble(Chain::cost).thenComparingInt(c -> c.links().size())
                .thenComparing(c -> String.join(" ", c.nodes())));
        return chains;
    }
}
