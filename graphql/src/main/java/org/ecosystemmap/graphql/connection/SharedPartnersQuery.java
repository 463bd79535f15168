package org.ecosystemmap.graphql.connection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.analytics.GraphProjection;
import org.ecosystemmap.graphql.analytics.Link;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * What several entities share, found in the analytics projection, then one statement that reads the entities
 * and relationships named ({@link ProjectedReads}).
 * <ul>
 * <li>Given initiatives, programmes or coalitions: the organisations, coalitions and people that take part in
 * every one. Through parts, taking part in a part (at any depth) is taking part in the whole; a given entity
 * that is itself a part of another given one does not count as its part, or everything in it would be shared.</li>
 * <li>Given only organisations and people: what every one takes part in (initiatives, programmes, coalitions,
 * events, organisations), through parts also the wholes of those, and the places every one is located in.</li>
 * </ul>
 * Taking part is what the weights table says ({@code LinkMeaning.takesPart}) unless the client names the
 * relationship types.
 */
@Component
class SharedPartnersQuery {

    /** Who can take part in something. */
    private static final Set<EntityKind> PARTICIPANTS = EnumSet.of(EntityKind.PARTNER, EntityKind.COALITION, EntityKind.PERSON);

    /** What organisations and people can share. */
    private static final Set<EntityKind> SHARED_THINGS = EnumSet.of(EntityKind.INITIATIVE, EntityKind.TALENT_PROGRAMME,
            EntityKind.COALITION, EntityKind.EVENT, EntityKind.PARTNER, EntityKind.PLACE);

    private final ProjectedReads reads;

    SharedPartnersQuery(ProjectedReads reads) {
        this.reads = reads;
    }

    /**
     * @param ids distinct entity ids
     * @param types the relationship types by which an entity takes part; by the weights table when null
     */
    List<SharedPartner> of(GraphProjection projection, List<String> ids, List<RelationType> types, Integer year, boolean throughParts) {
        var unknown = ids.stream().filter(id -> projection.kind(id) == null).map(id -> "\"" + id + "\"").toList();
        if (!unknown.isEmpty()) {
            throw new BadRequestException("no entity has the id " + String.join(", ", unknown));
        }
        var given = Set.copyOf(ids);
        boolean aboutParticipants = ids.stream().allMatch(id -> projection.kind(id) == EntityKind.PARTNER || projection.kind(id) == EntityKind.PERSON);
        List<Map<String, Set<Link>>> reached = new ArrayList<>();
        for (var id : ids) {
            reached.add(aboutParticipants ? sharedBy(projection, id, given, types, year, throughParts)
                    : takingPartIn(projection, id, given, types, year, throughParts));
        }
        var shared = new HashSet<>(reached.getFirst().keySet());
        reached.forEach(r -> shared.retainAll(r.keySet()));
        if (shared.isEmpty()) {
            return List.of();
        }
        var via = new HashMap<String, Set<Link>>();
        for (var id : shared) {
            var links = new LinkedHashSet<Link>();
            reached.forEach(r -> links.addAll(r.get(id)));
            via.put(id, links);
        }
        var found = reads.read(shared, via.values().stream().flatMap(Set::stream).toList());
        return shared.stream()
                .filter(found.nodes()::containsKey)
                .map(id -> new SharedPartner(found.nodes().get(id),
                        via.get(id).stream().map(found::edge).filter(Objects::nonNull).distinct().sorted(GraphEdge.ORDER).toList()))
                .sorted(Comparator.comparing((SharedPartner s) -> s.partner().name()).thenComparing(s -> s.partner().id()))
                .toList();
    }

    /** Who takes part in the entity, or through parts in one of its parts, each with the relationships that say so. */
    private static Map<String, Set<Link>> takingPartIn(GraphProjection projection, String id, Set<String> given, List<RelationType> types,
            Integer year, boolean throughParts) {
        var stopAt = new HashSet<>(given);
        stopAt.remove(id);
        var members = throughParts ? PartChains.parts(projection, id, year, stopAt) : List.of(new PartChains.Reached(id, List.of()));
        var participants = new HashMap<String, Set<Link>>();
        for (var member : members) {
            for (var link : projection.linksOf(member.id())) {
                var participant = link.other(member.id());
                if (link.holdsIn(year) && takesPart(link, types) && PARTICIPANTS.contains(projection.kind(participant))
                        && !given.contains(participant)) {
                    var steps = participants.computeIfAbsent(participant, p -> new LinkedHashSet<>());
                    steps.add(link);
                    steps.addAll(member.steps());
                }
            }
        }
        return participants;
    }

    /**
     * What an organisation or person takes part in (through parts also the wholes of that) and the places it is
     * located in, each with the relationships that say so.
     */
    private static Map<String, Set<Link>> sharedBy(GraphProjection projection, String id, Set<String> given, List<RelationType> types,
            Integer year, boolean throughParts) {
        var things = new HashMap<String, Set<Link>>();
        for (var link : projection.linksOf(id)) {
            var thing = link.other(id);
            var kind = projection.kind(thing);
            if (!link.holdsIn(year) || given.contains(thing) || !SHARED_THINGS.contains(kind)) {
                continue;
            }
            if (kind == EntityKind.PLACE) {
                if (link.type() == RelationType.LOCATED_IN && (types == null || types.contains(RelationType.LOCATED_IN))) {
                    things.computeIfAbsent(thing, t -> new LinkedHashSet<>()).add(link);
                }
            } else if (takesPart(link, types)) {
                var wholes = throughParts ? PartChains.wholes(projection, thing, year) : List.of(new PartChains.Reached(thing, List.of()));
                for (var whole : wholes) {
                    if (!given.contains(whole.id())) {
                        var steps = things.computeIfAbsent(whole.id(), t -> new LinkedHashSet<>());
                        steps.add(link);
                        steps.addAll(whole.steps());
                    }
                }
            }
        }
        return things;
    }

    private static boolean takesPart(Link link, List<RelationType> types) {
        return types == null ? link.meaning().takesPart() : types.contains(link.type());
    }
}
