package org.ecosystemmap.graph.vocabulary;

import static org.ecosystemmap.graph.vocabulary.PropertySpec.enumeration;
import static org.ecosystemmap.graph.vocabulary.PropertySpec.optional;
import static org.ecosystemmap.graph.vocabulary.PropertySpec.required;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of entity in the ecosystem graph. Each kind is a Neo4j label (next to {@link #ENTITY_LABEL},
 * which every entity carries), a table of a dataset and a GraphQL type implementing {@code Entity}.
 */
public enum EntityKind {

    PARTNER("Partner", "partners", "an organisation: a municipality, school, company, network ...",
            enumeration("type", PartnerType.class, true), optional("website", PropertyType.URL)),
    INITIATIVE("Initiative", "initiatives", "an initiative or programme, or one of its sub-initiatives, projects, pilots, tools or tracks",
            enumeration("type", InitiativeType.class, true), enumeration("status", Status.class, false),
            optional("startYear", PropertyType.YEAR), optional("endYear", PropertyType.YEAR),
            optional("website", PropertyType.URL)),
    TALENT_PROGRAMME("TalentProgramme", "talent-programmes", "a programme that trains, retrains, guides or matches people",
            enumeration("status", Status.class, false), optional("startYear", PropertyType.YEAR),
            optional("endYear", PropertyType.YEAR), optional("year", PropertyType.YEAR),
            optional("website", PropertyType.URL)),
    COALITION("Coalition", "coalitions", "a coalition, consortium, green deal, council or community",
            enumeration("type", CoalitionType.class, true), optional("size", PropertyType.INTEGER),
            optional("sizeNote", PropertyType.TEXT), optional("startYear", PropertyType.YEAR),
            optional("endYear", PropertyType.YEAR), optional("website", PropertyType.URL)),
    PERSON("Person", "people", "a named person"),
    PLACE("Place", "places", "a country, province, region, municipality, district or site",
            enumeration("type", PlaceType.class, true)),
    THEME("Theme", "themes", "a theme the ecosystem works on"),
    GOAL("Goal", "goals", "a yearly goal or planned activity, with its result and status",
            enumeration("goalType", GoalType.class, true), required("year", PropertyType.YEAR),
            optional("number", PropertyType.TEXT), optional("planned", PropertyType.PROSE),
            optional("result", PropertyType.PROSE), enumeration("status", GoalStatus.class, true),
            optional("statusQuote", PropertyType.SOURCE)),
    FUNDING("Funding", "fundings", "a grant, subsidy, fund or commitment of money",
            optional("amount", PropertyType.DECIMAL), optional("funder", PropertyType.TEXT),
            enumeration("outcome", FundingOutcome.class, true), optional("year", PropertyType.YEAR)),
    EVENT("Event", "events", "an event or meeting",
            optional("date", PropertyType.PARTIAL_DATE), optional("year", PropertyType.YEAR),
            enumeration("format", EventFormat.class, false), optional("attendance", PropertyType.INTEGER));

    /** The label every entity node carries besides its kind's label; ids are unique across it. */
    public static final String ENTITY_LABEL = "Entity";

    /**
     * Properties every entity has, in the order datasets list them. {@code name} is the name as the source
     * writes it; {@code nameNl} a Dutch form where that name is not Dutch and {@code nameEn} an English form
     * where the source gives one. {@code description} is English, {@code descriptionNl} the source's own
     * Dutch wording.
     */
    public static final List<PropertySpec> COMMON_PROPERTIES = List.of(
            required("id", PropertyType.ID),
            required("name", PropertyType.TEXT),
            optional("nameNl", PropertyType.TEXT),
            optional("nameEn", PropertyType.TEXT),
            optional("aliases", PropertyType.TEXT_LIST),
            optional("description", PropertyType.PROSE),
            optional("descriptionNl", PropertyType.PROSE),
            optional("sources", PropertyType.SOURCE_LIST),
            optional("quote", PropertyType.PROSE),
            optional("inferred", PropertyType.BOOLEAN));

    private static final Map<String, EntityKind> BY_LABEL = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EntityKind::label, kind -> kind));

    private final String label;
    private final String table;
    private final String description;
    private final List<PropertySpec> ownProperties;
    /** Unmodifiable, so that a thread that meets it made by another sees it whole. */
    private List<PropertySpec> properties;

    EntityKind(String label, String table, String description, PropertySpec... ownProperties) {
        this.label = label;
        this.table = table;
        this.description = description;
        this.ownProperties = List.of(ownProperties);
    }

    /** The Neo4j label and GraphQL type name, e.g. {@code TalentProgramme}. */
    public String label() {
        return label;
    }

    /** The dataset table holding this kind: a CSV file name without extension, a sheet, a JSON key. */
    public String table() {
        return table;
    }

    public String description() {
        return description;
    }

    /** The properties only this kind has. */
    public List<PropertySpec> ownProperties() {
        return ownProperties;
    }

    /** Common and own properties together. */
    public List<PropertySpec> properties() {
        // Made on first use (the common properties are not there yet when the kinds are made); an import asks for every entity.
        if (properties == null) {
            properties = Stream.concat(COMMON_PROPERTIES.stream(), ownProperties.stream()).toList();
        }
        return properties;
    }

    public Optional<PropertySpec> property(String name) {
        return properties().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The kind of a node, told by its labels: the one way the graph's labels are read back into a kind.
     *
     * @throws IllegalStateException when no label is a kind's, which only a node written outside this
     *     application can lack
     */
    public static EntityKind fromLabels(Iterable<String> labels) {
        for (var label : labels) {
            var kind = ofLabel(label);
            if (kind.isPresent()) {
                return kind.get();
            }
        }
        throw new IllegalStateException("a node without a kind label: " + labels);
    }

    public static Optional<EntityKind> ofLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(label));
    }

    public static Optional<EntityKind> ofTable(String table) {
        return Arrays.stream(values()).filter(k -> k.table.equals(table)).findFirst();
    }
}
