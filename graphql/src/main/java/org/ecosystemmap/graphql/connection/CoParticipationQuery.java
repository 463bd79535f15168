package org.ecosystemmap.graphql.connection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.analytics.GraphProjection;
import org.ecosystemmap.graphql.analytics.Link;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.connection.PartChains.Reached;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.error.BadRequestException;

/**
 * A network folded by shared neighbours, found in the analytics projection: two entities of the kinds asked
 * for are linked when entities of the {@code via} kinds take part in both (initiatives through shared
 * partners), or both take part in the same ones (partners through shared initiatives). Taking part is what the
 * weights table says it is ({@code LinkMeaning.takesPart}). Through parts, taking part in a part counts as
 * taking part in the whole, on either side; a part and its own whole are then not linked to each other, as
 * they share everything by being one. One statement then reads the entities and relationships named
 * ({@link ProjectedReads}).
 */
final class CoParticipationQuery {

    private static final ProjectedReads.Places PLACES = new ProjectedReads.Places(List.of(List.of("a"), List.of("b"), List.of("via")),
            List.of(List.of("edges"), List.of()));

    /** A pair being gathered: who links it, and by which relationships. */
    private record Pair(String a, String b, Set<String> via, Set<Link> links) {
    }

    /** A pair found, by the ids of its ends, to be ordered by their names. */
    private record Ranked(String a, String b, CoLink link) {
    }

    private CoParticipationQuery() {
    }

    static CompiledQuery<List<CoLink>> of(GraphProjection projection, List<EntityKind> kinds, List<EntityKind> via, Integer minShared,
            boolean throughParts, Integer year, Selection selection) {
        if (kinds.isEmpty() || via.isEmpty()) {
            throw new BadRequestException("kinds and via must each name at least one kind");
        }
        int least = ArgumentBounds.between("minShared", minShared, 1, 1, Integer.MAX_VALUE);
        // For each shared neighbour, the entities it takes part in (or that take part in it), with the relationships.
        var taking = new TreeMap<String, Map<String, Set<Link>>>();
        var upwards = new HashMap<String, List<Reached>>();
        for (var link : projection.links()) {
            if (!link.meaning().takesPart() || !link.holdsIn(year)) {
                continue;
            }
            for (var participant : List.of(link.from(), link.to())) {
                var other = link.other(participant);
                for (var v : upwards.computeIfAbsent(participant, id -> wholes(projection, id, throughParts, year))) {
                    if (!via.contains(projection.kind(v.id()))) {
                        continue;
                    }
                    for (var k : upwards.computeIfAbsent(other, id -> wholes(projection, id, throughParts, year))) {
                        if (!kinds.contains(projection.kind(k.id())) || k.id().equals(v.id())) {
                            continue;
                        }
                        var steps = taking.computeIfAbsent(v.id(), id -> new TreeMap<>()).computeIfAbsent(k.id(), id -> new LinkedHashSet<>());
                        steps.add(link);
                        steps.addAll(v.steps());
                        steps.addAll(k.steps());
                    }
                }
            }
        }
        var pairs = new TreeMap<String, Pair>();
        taking.forEach((v, linked) -> {
            var ends = List.copyOf(linked.keySet());
            for (int i = 0; i < ends.size(); i++) {
                for (int j = i + 1; j < ends.size(); j++) {
                    var a = ends.get(i);
                    var b = ends.get(j);
                    if (throughParts && (partOf(upwards, projection, a, b, year) || partOf(upwards, projection, b, a, year))) {
                        continue;
                    }
                    var pair = pairs.computeIfAbsent(a + " " + b, key -> new Pair(a, b, new HashSet<>(), new LinkedHashSet<>()));
                    pair.via().add(v);
                    pair.links().addAll(linked.get(a));
                    pair.links().addAll(linked.get(b));
                }
            }
        });
        var chosen = pairs.values().stream().filter(p -> p.via().size() >= least).toList();
        var ids = new HashSet<String>();
        chosen.forEach(p -> {
            ids.add(p.a());
            ids.add(p.b());
            ids.addAll(p.via());
        });
        return ProjectedReads.of("coParticipation", ids, chosen.stream().flatMap(p -> p.links().stream()).toList(), PLACES, selection,
                found -> {
                    Comparator<String> byName = Comparator.comparing(found::name).thenComparing(Comparator.naturalOrder());
                    var links = new ArrayList<Ranked>();
                    for (var pair : chosen) {
                        var present = found.entities().keySet();
                        if (!present.contains(pair.a()) || !present.contains(pair.b()) || !present.containsAll(pair.via())) {
                            // Changed since the projection was read: the next question reads the graph as it is now.
                            continue;
                        }
                        var shared = pair.via().stream().sorted(byName).toList();
                        var edges = pair.links().stream().map(found::edge).filter(Objects::nonNull).distinct().sorted(GraphEdge.ORDER).toList();
                        links.add(new Ranked(pair.a(), pair.b(), new CoLink(found.entities().get(pair.a()), found.entities().get(pair.b()),
                                shared.size(), shared.stream().map(found.entities()::get).toList(), edges)));
                    }
                    links.sort(Comparator.comparingInt((Ranked r) -> r.link().weight()).reversed()
                            .thenComparing(Ranked::a, byName).thenComparing(Ranked::b, byName));
                    return links.stream().map(Ranked::link).toList();
                });
    }

    /** The entity, and through parts everything it is PART_OF at any depth in the year, each with the steps up to it. */
    private static List<Reached> wholes(GraphProjection projection, String id, boolean throughParts, Integer year) {
        return throughParts ? PartChains.wholes(projection, id, year) : List.of(new Reached(id, List.of()));
    }

    /** Whether {@code part} is PART_OF {@code whole}, at any depth. */
    private static boolean partOf(Map<String, List<Reached>> upwards, GraphProjection projection, String part, String whole, Integer year) {
        return upwards.computeIfAbsent(part, id -> wholes(projection, id, true, year)).stream().anyMatch(r -> r.id().equals(whole));
    }
}
