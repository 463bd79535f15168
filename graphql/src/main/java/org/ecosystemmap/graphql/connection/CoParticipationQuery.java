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
import org.ecosystemmap.graphql.connection.PartChains.Reached;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * A network folded by shared neighbours, found in the analytics projection: two entities of the kinds asked
 * for are linked when entities of the {@code via} kinds take part in both (initiatives through shared
 * partners), or both take part in the same ones (partners through shared initiatives). Taking part is what the
 * weights table says it is ({@code LinkMeaning.takesPart}). Through parts, taking part in a part counts as
 * taking part in the whole, on either side; a part and its own whole are then not linked to each other, as
 * they share everything by being one. One statement then reads the entities and relationships named
 * ({@link ProjectedReads}).
 */
@Component
class CoParticipationQuery {

    /** A pair being gathered: who links it, and by which relationships. */
    private record Pair(String a, String b, Set<String> via, Set<Link> links) {
    }

    private final ProjectedReads reads;

    CoParticipationQuery(ProjectedReads reads) {
        this.reads = reads;
    }

    List<CoLink> of(GraphProjection projection, List<EntityKind> kinds, List<EntityKind> via, Integer minShared, boolean throughParts,
            Integer year) {
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
        if (chosen.isEmpty()) {
            return List.of();
        }
        var ids = new HashSet<String>();
        chosen.forEach(p -> {
            ids.add(p.a());
            ids.add(p.b());
            ids.addAll(p.via());
        });
        var found = reads.read(ids, chosen.stream().flatMap(p -> p.links().stream()).toList());
        var byName = Comparator.comparing(EntityNode::name).thenComparing(EntityNode::id);
        var links = new ArrayList<CoLink>();
        for (var pair : chosen) {
            var a = found.nodes().get(pair.a());
            var b = found.nodes().get(pair.b());
            var shared = pair.via().stream().map(found.nodes()::get).filter(Objects::nonNull).sorted(byName).toList();
            var edges = pair.links().stream().map(found::edge).filter(Objects::nonNull).distinct().sorted(GraphEdge.ORDER).toList();
            if (a != null && b != null && shared.size() == pair.via().size()) {
                links.add(new CoLink(a, b, shared.size(), shared, edges));
            }
        }
        links.sort(Comparator.comparingInt(CoLink::weight).reversed().thenComparing(CoLink::a, byName).thenComparing(CoLink::b, byName));
        return links;
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
