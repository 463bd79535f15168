package org.ecosystemmap.graphql.connection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.analytics.GraphProjection;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.error.BadRequestException;

/**
 * {@code paths}: the chains {@link PathRanking} finds over the analytics projection, then one statement that
 * reads what the client selected on the entities and relationships along them ({@link ProjectedReads}).
 */
final class RankedPathQuery {

    private static final ProjectedReads.Places PLACES = new ProjectedReads.Places(List.of(List.of("nodes")), List.of(List.of("edges")));

    private RankedPathQuery() {
    }

    /** @param types checked relationship type names, all when null */
    static CompiledQuery<List<RankedPath>> between(GraphProjection projection, String from, String to, int first, int maxHops,
            List<String> types, List<String> excludeIds, boolean excludeHubs, Integer year, Selection selection) {
        if (from.equals(to)) {
            throw new BadRequestException("from and to must be different entities");
        }
        var unknown = Stream.of(from, to).filter(id -> projection.kind(id) == null).map(id -> "\"" + id + "\"").toList();
        if (!unknown.isEmpty()) {
            throw new BadRequestException("no entity has the id " + String.join(", ", unknown));
        }
        var avoid = new HashSet<String>(excludeIds == null ? List.of() : excludeIds);
        if (excludeHubs) {
            avoid.addAll(projection.hubs());
        }
        var followed = types == null ? null : types.stream().map(t -> RelationType.of(t).orElseThrow()).toList();
        var chains = PathRanking.between(projection, from, to, first, maxHops, followed, avoid, year);
        return ProjectedReads.of("paths", chains.stream().flatMap(c -> c.nodes().stream()).collect(Collectors.toSet()),
                chains.stream().flatMap(c -> c.links().stream()).toList(), PLACES, selection, found -> {
                    var names = found.labels();
                    var ranked = new ArrayList<RankedPath>();
                    for (var chain : chains) {
                        var chainEdges = chain.links().stream().map(found::edge).toList();
                        if (chainEdges.contains(null) || chain.nodes().stream().anyMatch(id -> !found.entities().containsKey(id))) {
                            // Changed since the projection was read: the next question reads the graph as it is now.
                            continue;
                        }
                        ranked.add(new RankedPath(chain.cost(), chain.links().size(), chain.nodes().stream().map(found.entities()::get).toList(),
                                chainEdges, chain.links(), names));
                    }
                    return ranked;
                });
    }
}
