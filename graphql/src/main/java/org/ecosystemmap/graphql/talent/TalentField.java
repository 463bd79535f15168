package org.ecosystemmap.graphql.talent;

import static org.ecosystemmap.graph.vocabulary.EntityKind.PARTNER;
import static org.ecosystemmap.graph.vocabulary.EntityKind.PLACE;
import static org.ecosystemmap.graph.vocabulary.RelationType.FUNDS;
import static org.ecosystemmap.graph.vocabulary.RelationType.LOCATED_IN;
import static org.ecosystemmap.graph.vocabulary.RelationType.PARTNER_IN;
import static org.ecosystemmap.graph.vocabulary.RelationType.PART_OF;
import static org.ecosystemmap.graph.vocabulary.RelationType.RUNS;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.Status;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.graph.vocabulary.Term;
import org.ecosystemmap.graph.vocabulary.Vocabulary;

/**
 * The fields of the {@code TalentFilter} by which programmes are narrowed and counted. Each knows, as
 * Cypher, the values a programme {@code n} has for it; a programme meets a field when it has one of the
 * values chosen. Filter and facet counts both read these values, so a count always equals what filtering
 * by that value returns.
 *
 * <p>A place is served by a programme located in it, in a place within it (Nieuw-West serves Amsterdam), or
 * in a place it lies within (a programme that recruits nationally serves Zaandam).
 */
enum TalentField {

    TARGET_GROUPS("targetGroups", TalentFacet.TARGET_GROUPS, null),
    SECTORS("sectors", TalentFacet.SECTORS, null),
    ACTIVITY_TYPES("activityTypes", TalentFacet.ACTIVITY_TYPES, null),
    PLACES("places", null, PLACE),
    PROVIDERS("providers", null, PARTNER),
    PARTNERS("partners", null, PARTNER),
    STATUSES("statuses", null, null);

    /** The places that hold a programme: those it is located in, and every place they lie within. */
    private static final String PLACES_HOLDING = "(n)-[:%s]->(:%s)-[:%s*0..]->(m:%s)".formatted(LOCATED_IN, PLACE.label(), PART_OF, PLACE.label());
    /** The places that lie within a place a programme is located in. */
    private static final String PLACES_WITHIN = "(n)-[:%s]->(:%s)<-[:%s*1..]-(m:%s)".formatted(LOCATED_IN, PLACE.label(), PART_OF, PLACE.label());
    private static final String PROVIDED_BY = "(n)<-[:%s]-(m:%s)".formatted(RUNS, PARTNER.label());
    private static final String PARTNERED_BY = "(n)<-[:%s|%s]-(m:%s)".formatted(PARTNER_IN, FUNDS, PARTNER.label());

    private final String filterName;
    private final TalentFacet vocabulary;
    private final EntityKind kind;

    TalentField(String filterName, TalentFacet vocabulary, EntityKind kind) {
        this.filterName = filterName;
        this.vocabulary = vocabulary;
        this.kind = kind;
    }

    /** The {@code TalentFilter} field, which is also the {@code Facet.field}. */
    String filterName() {
        return filterName;
    }

    /** The closed vocabulary of the field; empty for the others. */
    Optional<TalentFacet> vocabulary() {
        return Optional.ofNullable(vocabulary);
    }

    /** The kind of entity whose ids the field takes; empty for vocabulary values and statuses. */
    Optional<EntityKind> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * The values programme {@code n} has for this field, as a list of {@code {value, label, listed}} maps. A
     * value that is not {@code listed} counts, but is offered as a facet value only when chosen: the places
     * within the country of a national programme would drown the places where programmes are.
     */
    String valuesOfProgramme() {
        return switch (this) {
            case TARGET_GROUPS, SECTORS, ACTIVITY_TYPES -> "[v IN coalesce(n.%s, []) | {value: v, label: null, listed: true}]".formatted(filterName);
            case STATUSES -> "[v IN [n.status] WHERE v IS NOT NULL | {value: v, label: null, listed: true}]";
            case PLACES -> "COLLECT { MATCH %s RETURN DISTINCT {value: m.id, label: m.name, listed: true} }".formatted(PLACES_HOLDING)
                    + " + COLLECT { MATCH %s RETURN DISTINCT {value: m.id, label: m.name, listed: false} }".formatted(PLACES_WITHIN);
            case PROVIDERS -> "COLLECT { MATCH %s RETURN DISTINCT {value: m.id, label: m.name, listed: true} }".formatted(PROVIDED_BY);
            case PARTNERS -> "COLLECT { MATCH %s RETURN DISTINCT {value: m.id, label: m.name, listed: true} }".formatted(PARTNERED_BY);
        };
    }

    /** What people read for a value, in English and Dutch: its vocabulary label, the status's label, or the entity's name. */
    Label label(String value, String name) {
        var labelled = vocabulary != null ? vocabulary.vocabulary() : this == STATUSES ? Vocabulary.STATUS : null;
        if (labelled != null) {
            return labelled.term(value).map(Term::label).orElse(new Label(value, value));
        }
        return new Label(name, name);
    }

    /** Vocabulary values and statuses in their own order; places and organisations most programmes first. */
    Comparator<FacetValue> order() {
        if (vocabulary != null) {
            var values = List.copyOf(vocabulary.labels().keySet());
            return Comparator.comparingInt(v -> values.indexOf(v.value()));
        }
        if (this == STATUSES) {
            return Comparator.comparing(v -> Status.valueOf(v.value()));
        }
        return Comparator.comparingInt(FacetValue::count).reversed().thenComparing(v -> v.label().en()).thenComparing(FacetValue::value);
    }
}
