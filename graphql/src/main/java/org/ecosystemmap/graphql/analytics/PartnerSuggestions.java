package org.ecosystemmap.graphql.analytics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.LinkMeaning;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.RelationWeights;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.MaskSubgraph;
import org.springframework.stereotype.Component;

/**
 * Suggests organisations an entity does not work with yet but that share neighbours with it, or with what it
 * works on, scored by a weighted Adamic-Adar index.
 * <p>
 * <b>What it works on</b> (its circle): the entity, its parts, and what it takes part in or runs with the
 * wholes those belong to. A neighbour {@code n} of a member {@code m} of the circle that an organisation
 * {@code c} also neighbours adds the product of the strengths along the chain from the entity through
 * {@code m} and {@code n} to {@code c} (each the inverse of its cost in the weights table), divided by the log
 * of {@code n}'s number of neighbours: so a consortium counts more than a theme, a specific neighbour more
 * than a general one, and the entity's own neighbours more than those of what it works on. Hubs are left out
 * as neighbours, since sharing the Board says nothing.
 * <p>
 * <b>Whom it works with already</b>, never suggested: anyone connected to the entity or to one of its parts,
 * and anyone taking part in (or running) what the entity takes part in or runs, or any part or whole of that,
 * since taking part in a part is taking part in the whole; with the units and parent organisations of all
 * of them. A chain through a passing mention (media coverage) is no reason to meet, and does not count.
 */
@Component
class PartnerSuggestions {

    /** A shared neighbour, what it adds to the score, and the chain of links from the entity through it to the suggestion. */
    record Reason(String via, double contribution, List<Link> links) {
    }

    /** A suggested organisation by id, with the reasons for it, the one that adds most first. */
    record Candidate(String id, double score, List<Reason> reasons) {
    }

    /** How the entity reaches a member of its circle: the links along the way and the product of their strengths. */
    private record Route(List<Link> links, double strength) {

        Route then(Link link) {
            var longer = new ArrayList<>(links);
            longer.add(link);
            return new Route(List.copyOf(longer), strength * RelationWeights.strength(link.cost()));
        }

        /** Whether a link along it is only a passing mention, which is no reason to meet. */
        boolean mentions() {
            return links.stream().anyMatch(link -> link.meaning() == LinkMeaning.MENTION);
        }

        boolean beats(Route other) {
            return other == null || strength > other.strength || (strength == other.strength && links.size() < other.links.size());
        }
    }

    /** The best {@code first} suggestions for an entity, among the relationships of a year or all. */
    List<Candidate> forEntity(GraphProjection projection, String id, int first, Integer year) {
        if (projection.kind(id) == null) {
            throw new BadRequestException("no entity has the id \"" + id + "\"");
        }
        var network = projection.network(year);
        Graph<String, DefaultWeightedEdge> graph = new MaskSubgraph<>(network.costs(),
                v -> projection.hubs().contains(v) && !v.equals(id), e -> false);
        var known = worksWith(projection, id, year);
        var reasons = new HashMap<String, Map<String, Reason>>();
        circle(projection, graph, id, year).forEach((member, route) -> {
            for (var via : Graphs.neighborSetOf(graph, member)) {
                if (via.equals(id)) {
                    continue;
                }
                var toVia = route.then(network.link(member, via));
                if (toVia.mentions()) {
                    continue;
                }
                for (var candidate : Graphs.neighborSetOf(graph, via)) {
                    if (known.contains(candidate) || candidate.equals(member) || projection.kind(candidate) != EntityKind.PARTNER) {
                        continue;
                    }
                    var chain = toVia.then(network.link(via, candidate));
                    if (chain.mentions()) {
                        continue;
                    }
                    var reason = new Reason(via, round(chain.strength() / Math.log(graph.degreeOf(via))), chain.links());
                    reasons.computeIfAbsent(candidate, c -> new HashMap<>()).merge(via, reason, PartnerSuggestions::stronger);
                }
            }
        });
        return reasons.entrySet().stream()
                .map(e -> candidate(e.getKey(), e.getValue().values()))
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id))
                .limit(first)
                .toList();
    }

    private static Candidate candidate(String id, Collection<Reason> found) {
        var reasons = new ArrayList<>(found);
        reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed().thenComparing(Reason::via));
        return new Candidate(id, round(reasons.stream().mapToDouble(Reason::contribution).sum()), List.copyOf(reasons));
    }

    private static Reason stronger(Reason kept, Reason next) {
        return next.contribution() > kept.contribution() ? next : kept;
    }

    /**
     * The entity's circle, each member with the strongest route to it: the entity itself, its parts, what it
     * takes part in or runs (not a hub), and the wholes those are part of.
     */
    private static Map<String, Route> circle(GraphProjection projection, Graph<String, DefaultWeightedEdge> graph, String id, Integer year) {
        var circle = new HashMap<String, Route>();
        var start = new Route(List.of(), 1.0);
        circle.put(id, start);
        reach(projection, circle, id, start, year, false);
        for (var link : projection.linksOf(id)) {
            var engagement = link.other(id);
            if (link.holdsIn(year) && working(link) && graph.containsVertex(engagement)) {
                var route = start.then(link);
                if (route.beats(circle.get(engagement))) {
                    circle.put(engagement, route);
                }
                reach(projection, circle, engagement, route, year, true);
            }
        }
        return circle;
    }

    /**
     * Walks PART_OF links from an entity, up to its wholes ({@code upwards}) or down to its parts, adding each
     * entity reached to the circle with its route, unless the circle has a stronger route to it.
     */
    private static void reach(GraphProjection projection, Map<String, Route> circle, String from, Route route, Integer year,
            boolean upwards) {
        var reached = new HashSet<String>();
        var next = new ArrayList<Map.Entry<String, Route>>(List.of(Map.entry(from, route)));
        while (!next.isEmpty()) {
            var current = next.removeLast();
            for (var link : projection.linksOf(current.getKey())) {
                var near = upwards ? link.from() : link.to();
                var far = upwards ? link.to() : link.from();
                if (link.type() != RelationType.PART_OF || !near.equals(current.getKey()) || !link.holdsIn(year) || !reached.add(far)) {
                    continue;
                }
                var further = current.getValue().then(link);
                if (further.beats(circle.get(far))) {
                    circle.put(far, further);
                }
                next.add(Map.entry(far, further));
            }
        }
    }

    /**
     * Whom the entity works with already: itself, everything connected to it or to its parts, whoever takes part
     * in or runs an initiative, coalition or programme the entity takes part in or runs, or a part or whole of
     * one, and the units and parent organisations of every organisation among them.
     */
    private static Set<String> worksWith(GraphProjection projection, String id, Integer year) {
        var known = new HashSet<String>();
        known.add(id);
        var family = new HashSet<String>();
        family.add(id);
        family.addAll(projection.partsOf(id));
        for (var member : family) {
            projection.linksOf(member).stream().filter(l -> l.holdsIn(year)).forEach(l -> known.add(l.other(member)));
        }
        var engagements = new HashSet<String>();
        for (var link : projection.linksOf(id)) {
            if (link.holdsIn(year) && working(link)) {
                engagements.addAll(wholes(projection, link.other(id), year));
            }
        }
        for (var engagement : engagements) {
            var parts = new HashSet<>(projection.partsOf(engagement));
            parts.add(engagement);
            for (var part : parts) {
                projection.linksOf(part).stream().filter(l -> l.holdsIn(year) && working(l)).forEach(l -> known.add(l.other(part)));
            }
        }
        for (var organisation : List.copyOf(known)) {
            if (projection.kind(organisation) == EntityKind.PARTNER) {
                known.addAll(wholes(projection, organisation, year));
                known.addAll(projection.partsOf(organisation));
            }
        }
        return known;
    }

    /** A link by which one end takes part in, or runs, the other. */
    private static boolean working(Link link) {
        return link.meaning().takesPart() || link.meaning() == LinkMeaning.RUNNING;
    }

    /** The entity and everything it is PART_OF, at any depth, in the year. */
    private static Set<String> wholes(GraphProjection projection, String id, Integer year) {
        var found = new HashSet<String>();
        var next = new ArrayList<>(List.of(id));
        while (!next.isEmpty()) {
            var current = next.removeLast();
            if (found.add(current)) {
                projection.linksOf(current).stream()
                        .filter(l -> l.type() == RelationType.PART_OF && l.from().equals(current) && l.holdsIn(year))
                        .forEach(l -> next.add(l.to()));
            }
        }
        return found;
    }

    private static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }
}
