package org.ecosystemmap.graph.vocabulary;

import static org.ecosystemmap.graph.vocabulary.EntityKind.COALITION;
import static org.ecosystemmap.graph.vocabulary.EntityKind.EVENT;
import static org.ecosystemmap.graph.vocabulary.EntityKind.FUNDING;
import static org.ecosystemmap.graph.vocabulary.EntityKind.GOAL;
import static org.ecosystemmap.graph.vocabulary.EntityKind.INITIATIVE;
import static org.ecosystemmap.graph.vocabulary.EntityKind.PARTNER;
import static org.ecosystemmap.graph.vocabulary.EntityKind.PERSON;
import static org.ecosystemmap.graph.vocabulary.EntityKind.PLACE;
import static org.ecosystemmap.graph.vocabulary.EntityKind.TALENT_PROGRAMME;
import static org.ecosystemmap.graph.vocabulary.EntityKind.THEME;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every relationship type of the graph, with the kinds it may join. This is the one place they are
 * named; the importer rejects a relationship its endpoints do not allow, and docs/dataset-format.md
 * shows the same table.
 * <p>
 * Every relationship may carry {@code role}, {@code since}, {@code until}, {@code sources},
 * {@code quote}, {@code inferred} and {@code dataset}.
 */
public enum RelationType {

    PARTNER_IN("takes part in, with the role it plays",
            joins(set(PARTNER, PERSON), set(INITIATIVE, TALENT_PROGRAMME, COALITION, EVENT))),
    MEMBER_OF("is a member of a coalition, council or board",
            joins(set(PARTNER, PERSON), set(COALITION, PARTNER))),
    PART_OF("is a component, sub-initiative or track of; a unit of an organisation; a place within a place",
            joins(set(INITIATIVE, TALENT_PROGRAMME, COALITION, EVENT), set(INITIATIVE, TALENT_PROGRAMME, COALITION)),
            joins(set(PARTNER), set(PARTNER)),
            joins(set(PLACE), set(PLACE))),
    RUNS("leads, runs, hosts or organises",
            joins(set(PARTNER, INITIATIVE, COALITION), set(INITIATIVE, TALENT_PROGRAMME, COALITION, EVENT))),
    FUNDS("pays for, or provides a funding",
            joins(set(PARTNER, FUNDING), set(INITIATIVE, TALENT_PROGRAMME, COALITION, PARTNER, EVENT)),
            joins(set(PARTNER), set(FUNDING))),
    WORKS_AT("works for, with the job as role",
            joins(set(PERSON), set(PARTNER))),
    LOCATED_IN("is located in, or runs in",
            joins(set(PARTNER, INITIATIVE, TALENT_PROGRAMME, COALITION, EVENT), set(PLACE))),
    HAS_THEME("is about",
            joins(set(PARTNER, INITIATIVE, TALENT_PROGRAMME, COALITION, EVENT), set(THEME))),
    HAS_GOAL("set this goal or planned this activity",
            joins(set(INITIATIVE, TALENT_PROGRAMME, COALITION), set(GOAL))),
    CONNECTED_TO("an explicit link of another kind, described by its role",
            joins(EnumSet.allOf(EntityKind.class), EnumSet.allOf(EntityKind.class)));

    /** The properties every relationship may carry, besides the {@code dataset} it came from. */
    public static final List<PropertySpec> PROPERTIES = List.of(
            PropertySpec.optional("role", PropertyType.TEXT),
            PropertySpec.optional("since", PropertyType.YEAR),
            PropertySpec.optional("until", PropertyType.YEAR),
            PropertySpec.optional("sources", PropertyType.SOURCE_LIST),
            PropertySpec.optional("quote", PropertyType.PROSE),
            PropertySpec.optional("inferred", PropertyType.BOOLEAN));

    /** A pair of kind sets: a relationship may go from any kind of the first to any kind of the second. */
    public record Endpoints(Set<EntityKind> from, Set<EntityKind> to) {
        public boolean allows(EntityKind start, EntityKind end) {
            return from.contains(start) && to.contains(end);
        }
    }

    private static final RelationType[] ALL = values();

    private final String description;
    private final List<Endpoints> endpoints;

    RelationType(String description, Endpoints... endpoints) {
        this.description = description;
        this.endpoints = List.of(endpoints);
    }

    public String description() {
        return description;
    }

    public List<Endpoints> endpoints() {
        return endpoints;
    }

    // Loops, not streams: an import asks both for each of a million relationships.
    public boolean allows(EntityKind start, EntityKind end) {
        for (var pair : endpoints) {
            if (pair.allows(start, end)) {
                return true;
            }
        }
        return false;
    }

    public static Optional<RelationType> of(String name) {
        for (var type : ALL) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static Endpoints joins(Set<EntityKind> from, Set<EntityKind> to) {
        return new Endpoints(Set.copyOf(from), Set.copyOf(to));
    }

    private static Set<EntityKind> set(EntityKind... kinds) {
        return EnumSet.copyOf(List.of(kinds));
    }
}
