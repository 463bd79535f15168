package org.ecosystemmap.graphql.connection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.analytics.GraphProjection;
import org.ecosystemmap.graphql.analytics.Link;

/**
 * Parts and wholes in the analytics projection: what an entity is PART_OF, or what is PART_OF it, at any
 * depth, each with the PART_OF steps between, as the relationships held in a year. Taking part in a part
 * counts as taking part in the whole; these are the chains that say so.
 */
final class PartChains {

    /** An entity reached by PART_OF steps (none: the entity the walk started from), and the steps, from part to whole. */
    record Reached(String id, List<Link> steps) {
    }

    private PartChains() {
    }

    /** The entity, then everything it is PART_OF, nearest first. */
    static List<Reached> wholes(GraphProjection projection, String id, Integer year) {
        return walk(projection, id, year, true, Set.of());
    }

    /** The entity, then everything PART_OF it, nearest first, without going into the entities of {@code stopAt}. */
    static List<Reached> parts(GraphProjection projection, String id, Integer year, Set<String> stopAt) {
        return walk(projection, id, year, false, stopAt);
    }

    private static List<Reached> walk(GraphProjection projection, String id, Integer year, boolean upwards, Set<String> stopAt) {
        var found = new ArrayList<Reached>();
        var seen = new HashSet<String>();
        var next = new ArrayList<>(List.of(new Reached(id, List.of())));
        while (!next.isEmpty()) {
            var current = next.removeFirst();
            if (!seen.add(current.id())) {
                continue;
            }
            found.add(current);
            for (var link : projection.linksOf(current.id())) {
                var near = upwards ? link.from() : link.to();
                var far = link.other(near);
                if (link.type() == RelationType.PART_OF && near.equals(current.id()) && link.holdsIn(year) && !stopAt.contains(far)) {
                    var steps = new ArrayList<Link>();
                    // Steps run from the part to the whole: upwards they follow the walk, downwards they lead back to where it started.
                    if (upwards) {
                        steps.addAll(current.steps());
                        steps.add(link);
                    } else {
                        steps.add(link);
                        steps.addAll(current.steps());
                    }
                    next.add(new Reached(far, List.copyOf(steps)));
                }
            }
        }
        return found;
    }
}
