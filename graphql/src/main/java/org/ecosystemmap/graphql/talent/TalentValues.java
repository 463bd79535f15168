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
 * Checks the values a filter or profile names before anything is looked up: a facet value must be in its
 * vocabulary, and an id must be that of a place or an organisation. A typo is an error that says what is
 * allowed, not an empty result.
 */
@Component
class TalentValues {

    private record Found(String id, String name, List<String> labels) {
    }

    private final EcosystemGraph graph;

    TalentValues(EcosystemGraph graph) {
        this.graph = graph;
    }

    TalentSelection select(TalentFilter filter) {
        var values = filter.values();
        return new TalentSelection(filter.text(), values, check(values));
    }

    /** The names of the entities the values name by id, once every value has been found valid. */
    Map<String, String> check(Map<TalentField, List<String>> values) {
        values.forEach((field, chosen) -> field.vocabulary().ifPresent(vocabulary -> chosen.forEach(value -> checkValue(field, vocabulary, value))));
        var ids = values.entrySet().stream().filter(e -> e.getKey().kind().isPresent()).flatMap(e -> e.getValue().stream()).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = new HashMap<String, Found>();
        graph.query("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                RETURN n.id AS id, n.name AS name, labels(n) AS labels
                """, Map.of("ids", ids), r -> new Found(r.get("id").asString(), r.get("name").asString(), r.get("labels").asList(Value::asString)))
                .forEach(f -> found.put(f.id(), f));
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

    private BadRequestException unknownId(EntityKind kind, String id) {
        var noun = kind.label().toLowerCase(Locale.ROOT);
        var ids = graph.query("MATCH (n:%s) RETURN n.id AS id".formatted(kind.label()), Map.of(), r -> r.get("id").asString());
        var message = "no %s has the id \"%s\"".formatted(noun, id);
        return new BadRequestException(Suggestions.closest(id, ids).map(s -> message + "; did you mean \"" + s + "\"?")
                .orElse(message + "; the facets of talentProgrammes list the %s ids in use".formatted(noun)));
    }
}
