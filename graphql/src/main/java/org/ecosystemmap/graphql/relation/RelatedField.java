package org.ecosystemmap.graphql.relation;

import static org.ecosystemmap.graph.vocabulary.EntityKind.COALITION;
import static org.ecosystemmap.graph.vocabulary.EntityKind.FUNDING;
import static org.ecosystemmap.graph.vocabulary.EntityKind.GOAL;
import static org.ecosystemmap.graph.vocabulary.EntityKind.INITIATIVE;
import static org.ecosystemmap.graph.vocabulary.EntityKind.PARTNER;
import static org.ecosystemmap.graph.vocabulary.EntityKind.PERSON;
import static org.ecosystemmap.graph.vocabulary.EntityKind.PLACE;
import static org.ecosystemmap.graph.vocabulary.EntityKind.TALENT_PROGRAMME;
import static org.ecosystemmap.graph.vocabulary.EntityKind.THEME;
import static org.ecosystemmap.graph.vocabulary.RelationType.CONNECTED_TO;
import static org.ecosystemmap.graph.vocabulary.RelationType.FUNDS;
import static org.ecosystemmap.graph.vocabulary.RelationType.HAS_GOAL;
import static org.ecosystemmap.graph.vocabulary.RelationType.HAS_THEME;
import static org.ecosystemmap.graph.vocabulary.RelationType.LOCATED_IN;
import static org.ecosystemmap.graph.vocabulary.RelationType.MEMBER_OF;
import static org.ecosystemmap.graph.vocabulary.RelationType.PARTNER_IN;
import static org.ecosystemmap.graph.vocabulary.RelationType.PART_OF;
import static org.ecosystemmap.graph.vocabulary.RelationType.RUNS;
import static org.ecosystemmap.graph.vocabulary.RelationType.WORKS_AT;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;

/**
 * The typed list fields of each entity type, as relationships: {@code Partner.initiatives} are the
 * initiatives a partner has a PARTNER_IN, RUNS or FUNDS relationship to. This table is where such a field
 * is defined; {@link RelatedEntities} compiles each into the statement of the root field that selects it.
 */
enum RelatedField {

    PARTNER_INITIATIVES("Partner", "initiatives", Direction.OUT, List.of(PARTNER_IN, RUNS, FUNDS), List.of(INITIATIVE)),
    PARTNER_TALENT_PROGRAMMES("Partner", "talentProgrammes", Direction.OUT, List.of(PARTNER_IN, RUNS, FUNDS), List.of(TALENT_PROGRAMME)),
    PARTNER_COALITIONS("Partner", "coalitions", Direction.OUT, List.of(MEMBER_OF, PARTNER_IN, RUNS), List.of(COALITION)),
    PARTNER_PEOPLE("Partner", "people", Direction.IN, List.of(WORKS_AT), List.of(PERSON)),
    PARTNER_PLACES("Partner", "places", Direction.OUT, List.of(LOCATED_IN), List.of(PLACE)),
    PARTNER_PART_OF("Partner", "partOf", Direction.OUT, List.of(PART_OF), List.of(PARTNER)),
    PARTNER_UNITS("Partner", "units", Direction.IN, List.of(PART_OF), List.of(PARTNER)),

    INITIATIVE_PARTNERS("Initiative", "partners", Direction.IN, List.of(PARTNER_IN, RUNS, FUNDS), List.of(PARTNER)),
    INITIATIVE_COALITIONS("Initiative", "coalitions", Direction.IN, List.of(RUNS, PART_OF), List.of(COALITION)),
    INITIATIVE_PEOPLE("Initiative", "people", Direction.IN, List.of(PARTNER_IN), List.of(PERSON)),
    INITIATIVE_PART_OF("Initiative", "partOf", Direction.OUT, List.of(PART_OF), List.of()),
    INITIATIVE_PARTS("Initiative", "parts", Direction.IN, List.of(PART_OF), List.of()),
    INITIATIVE_GOALS("Initiative", "goals", Direction.OUT, List.of(HAS_GOAL), List.of(GOAL)),
    INITIATIVE_THEMES("Initiative", "themes", Direction.OUT, List.of(HAS_THEME), List.of(THEME)),
    INITIATIVE_PLACES("Initiative", "places", Direction.OUT, List.of(LOCATED_IN), List.of(PLACE)),
    INITIATIVE_FUNDINGS("Initiative", "fundings", Direction.IN, List.of(FUNDS), List.of(FUNDING)),

    TALENT_PROVIDERS("TalentProgramme", "providers", Direction.IN, List.of(RUNS), List.of(PARTNER)),
    TALENT_PARTNERS("TalentProgramme", "partners", Direction.IN, List.of(PARTNER_IN, FUNDS), List.of(PARTNER)),
    TALENT_PLACES("TalentProgramme", "places", Direction.OUT, List.of(LOCATED_IN), List.of(PLACE)),
    TALENT_PART_OF("TalentProgramme", "partOf", Direction.OUT, List.of(PART_OF), List.of()),
    TALENT_GOALS("TalentProgramme", "goals", Direction.OUT, List.of(HAS_GOAL), List.of(GOAL)),
    TALENT_THEMES("TalentProgramme", "themes", Direction.OUT, List.of(HAS_THEME), List.of(THEME)),
    TALENT_FUNDINGS("TalentProgramme", "fundings", Direction.IN, List.of(FUNDS), List.of(FUNDING)),

    COALITION_MEMBERS("Coalition", "members", Direction.IN, List.of(MEMBER_OF, PARTNER_IN), List.of(PARTNER)),
    COALITION_PEOPLE("Coalition", "people", Direction.IN, List.of(MEMBER_OF, PARTNER_IN), List.of(PERSON)),
    COALITION_INITIATIVES("Coalition", "initiatives", Direction.OUT, List.of(RUNS, PART_OF), List.of(INITIATIVE)),
    COALITION_GOALS("Coalition", "goals", Direction.OUT, List.of(HAS_GOAL), List.of(GOAL)),
    COALITION_THEMES("Coalition", "themes", Direction.OUT, List.of(HAS_THEME), List.of(THEME)),
    COALITION_PLACES("Coalition", "places", Direction.OUT, List.of(LOCATED_IN), List.of(PLACE)),

    PERSON_WORKS_AT("Person", "worksAt", Direction.OUT, List.of(WORKS_AT), List.of(PARTNER)),
    PERSON_MEMBER_OF("Person", "memberOf", Direction.OUT, List.of(MEMBER_OF), List.of()),
    PERSON_INVOLVED_IN("Person", "involvedIn", Direction.OUT, List.of(PARTNER_IN, CONNECTED_TO), List.of()),

    PLACE_PART_OF("Place", "partOf", Direction.OUT, List.of(PART_OF), List.of(PLACE)),
    PLACE_PARTS("Place", "parts", Direction.IN, List.of(PART_OF), List.of(PLACE)),
    PLACE_LOCATED("Place", "located", Direction.IN, List.of(LOCATED_IN), List.of()),

    THEME_ENTITIES("Theme", "entities", Direction.IN, List.of(HAS_THEME), List.of()),

    GOAL_OWNERS("Goal", "owners", Direction.IN, List.of(HAS_GOAL), List.of()),

    FUNDING_FUNDS("Funding", "funds", Direction.OUT, List.of(FUNDS), List.of()),
    FUNDING_FUNDERS("Funding", "funders", Direction.IN, List.of(FUNDS), List.of(PARTNER)),

    EVENT_ORGANISERS("Event", "organisers", Direction.IN, List.of(RUNS), List.of()),
    EVENT_PARTICIPANTS("Event", "participants", Direction.IN, List.of(PARTNER_IN), List.of()),
    EVENT_PLACES("Event", "places", Direction.OUT, List.of(LOCATED_IN), List.of(PLACE));

    private final String typeName;
    private final String field;
    private final Direction direction;
    private final List<String> relationTypes;
    private final List<String> labels;

    RelatedField(String typeName, String field, Direction direction, List<RelationType> relationTypes, List<EntityKind> kinds) {
        this.typeName = typeName;
        this.field = field;
        this.direction = direction;
        this.relationTypes = relationTypes.stream().map(Enum::name).toList();
        this.labels = kinds.stream().map(EntityKind::label).toList();
    }

    String typeName() {
        return typeName;
    }

    String field() {
        return field;
    }

    Direction direction() {
        return direction;
    }

    List<String> relationTypes() {
        return relationTypes;
    }

    /** The labels the related entities must have; empty means any kind. */
    List<String> labels() {
        return labels;
    }
}
