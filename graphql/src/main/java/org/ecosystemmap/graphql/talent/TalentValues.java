package org.ecosystemmap.graphql.talent;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Checks the values a filter or profile names: a facet value must be in its vocabulary (checked before anything
 * is read), and an id must be that of a place or an organisation (checked on what the statement read of those
 * ids, {@link #NAMED}). A typo is an error that says what is allowed, not an empty result.
 */
@Component
class TalentValues {

    /** The entities a statement's {@code $named} ids belong to, as the column {@code named}; {@link #named} reads it. */
    static final String NAMED = """
            CALL () {
              UNWIND $named AS id
              MATCH (named:Entity {id: id})
              RETURN collect({id: named.id, name: named.name, labels: labels(named)}) AS named
            }""";

    /** An entity a value names by id, as the graph has it. */
    record Named(String id, String name, List<String> labels) {
    }

    private final EcosystemGraph graph;

    TalentValues(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** @throws BadRequestException when a value is not in its field's vocabulary */
    static void checkVocabulary(Map<TalentField, List<String>> values) {
        values.forEach((field, chosen) -> field.vocabulary().ifPresent(vocabulary -> chosen.forEach(value -> checkValue(field, vocabulary, value))));
    }

    /** The ids the values name, which {@link #NAMED} must read (as {@code $named}). */
    static List<String> ids(Map<TalentField, List<String>> values) {
        return values.entrySet().stream().filter(e -> e.getKey().kind().isPresent()).flatMap(e -> e.getValue().stream()).distinct().toList();
    }

    static List<Named> named(Value column) {
        return column.asList(v -> new Named(v.get("id").asString(), v.get("name").asString(), v.get("labels").asList(Value::asString)));
    }

    /**
     * The names of the entities the values name by id.
     *
     * @throws BadRequestException naming the first id that is not one of an entity of its field's kind
     */
    Map<String, String> names(Map<TalentField, List<String>> values, List<Named> named) {
        var found = new HashMap<String, Named>();
        named.forEach(n -> found.put(n.id(), n));
        values.forEach((field, chosen) -> field.kind().ifPresent(kind -> chosen.stream()
                .filter(id -> !found.containsKey(id) || !found.get(id).labels().contains(kind.label()))
                .findFirst()
                .ifPresent(id -> {
                    throw unknownId(kind, id);
                })));
        var names = new HashMap<String, String>();
        found.values().forEach(f -> names.put(f.id(), f.name()));
        return names;
    }

    private static void checkValue(TalentField field, TalentFacet vocabulary, String value) {
        if (vocabulary.label(value).isEmpty()) {
            var allowed = vocabulary.labels().keySet();
            var message = "\"%s\" is not a value of %s; allowed: %s".formatted(value, field.filterName(), String.join(", ", allowed));
            throw new BadRequestException(Suggestions.closest(value, allowed).map(s -> message + "; did you mean \"" + s + "\"?").orElse(message));
        }
    }

    /** The error for an unknown id, with the id meant: a second query, but only on the way to an error. */
    private BadRequestException unknownId(EntityKind kind, String id) {
        var noun = kind.label().toLowerCase(Locale.ROOT);
        var ids = graph.query("MATCH (n:%s) RETURN n.id AS id".formatted(kind.label()), Map.of(), r -> r.get("id").asString());
        var message = "no %s has the id \"%s\"".formatted(noun, id);
        return new BadRequestException(Suggestions.closest(id, ids).map(s -> message + "; did you mean \"" + s + "\"?")
                .orElse(message + "; the facets of talentProgrammes list the %s ids in use".formatted(noun)));
    }
}
