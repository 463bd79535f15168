package org.ecosystemmap.graphql.analytics;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.springframework.stereotype.Component;

/**
 * Suggests organisations an entity does not work with yet but shares neighbours with, scored by the
 * Adamic-Adar index: every shared neighbour counts, a specific one (with few connections) more than a
 * general one. Hubs are left out as shared neighbours, since sharing the Board says nothing. An organisation
 * already connected to the entity or to one of its parts is a partner already, not a suggestion.
 */
@Component
class PartnerSuggestions {

    /** A suggested organisation by id, with the ids of the neighbours that explain it. */
    record Candidate(String id, double score, List<String> because) {
    }

    List<Candidate> forEntity(GraphProjection projection, String id, int first) {
        var full = projection.graph();
        if (!full.containsVertex(id)) {
            throw new BadRequestException("no entity has the id \"" + id + "\"");
        }
        Graph<String, DefaultEdge> graph = new MaskSubgraph<>(full, v -> projection.hubs().contains(v) && !v.equals(id), e -> false);
        var known = new HashSet<>(Graphs.neighborSetOf(graph, id));
        known.add(id);
        projection.partsOf(id).forEach(part -> known.addAll(Graphs.neighborSetOf(graph, part)));
        var adamicAdar = new AdamicAdarIndexLinkPrediction<>(graph);
        return Graphs.neighborSetOf(graph, id).stream()
                .flatMap(neighbour -> Graphs.neighborSetOf(graph, neighbour).stream())
                .distinct()
                .filter(c -> !known.contains(c) && projection.kind(c) == EntityKind.PARTNER)
                .map(c -> new Candidate(c, Math.round(adamicAdar.predict(id, c) * 1e9) / 1e9, shared(graph, id, c)))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id))
                .limit(first)
                .toList();
    }

    /** The neighbours two entities share, the most specific (fewest connections) first. */
    private static List<String> shared(Graph<String, DefaultEdge> graph, String a, String b) {
        var common = new HashSet<>(Graphs.neighborSetOf(graph, a));
        common.retainAll(Graphs.neighborSetOf(graph, b));
        return common.stream()
                .sorted(Comparator.<String>comparingInt(graph::degreeOf).thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
