package org.ecosystemmap.graphql.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.PropertyValues;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.graphql.error.BadRequestException;

/**
 * Checks what a curator writes with the importer's rules ({@link PropertyValues}, the kinds' properties, the
 * relationship types' allowed ends) and turns it into the properties the graph stores. Every problem is
 * reported at once, as the importer does.
 */
final class CuratedFacts {

    private CuratedFacts() {
    }

    /**
     * The entity's properties; those of its kind that the input leaves out map to null, so that writing
     * them with {@code SET n += $properties} removes them.
     */
    static Map<String, Object> of(EntityInput input) {
        var problems = new ArrayList<String>();
        var kind = input.kind();
        var texts = input.asDatasetTexts();
        for (var name : texts.keySet()) {
            if (kind.property(name).isEmpty()) {
                var names = kind.properties().stream().map(PropertySpec::name).toList();
                problems.add(withArticle(kind) + " has no " + name + "; its fields are " + String.join(", ", names));
            }
        }
        var properties = new HashMap<String, Object>();
        for (var spec : kind.properties()) {
            var text = texts.get(spec.name());
            if (text == null || text.isBlank()) {
                if (spec.required()) {
                    problems.add(spec.name() + ": a value is required");
                }
                properties.put(spec.name(), null);
                continue;
            }
            var parsed = PropertyValues.parse(spec, text);
            if (parsed.failed()) {
                problems.add(spec.name() + ": " + parsed.error() + (parsed.suggestion() == null ? "" : "; did you mean " + parsed.suggestion() + "?"));
            } else {
                properties.put(spec.name(), parsed.value() instanceof List<?> list && list.isEmpty() ? null : parsed.value());
            }
        }
        yearsInOrder(properties, "startYear", "endYear", problems);
        reject(problems);
        @SuppressWarnings("unchecked")
        var aliases = (List<String>) properties.getOrDefault("aliases", null);
        properties.put(NameKeys.PROPERTY, NameKeys.of((String) properties.get("name"), aliases == null ? List.of() : aliases));
        return properties;
    }

    /** The relationship's properties, checked as the importer checks a row of relationships.csv. */
    static Map<String, Object> of(RelationInput input) {
        var problems = new ArrayList<String>();
        var properties = new HashMap<String, Object>();
        var texts = input.asDatasetTexts();
        for (var spec : RelationType.PROPERTIES) {
            var text = texts.get(spec.name());
            if (text == null || text.isBlank()) {
                continue;
            }
            var parsed = PropertyValues.parse(spec, text);
            if (parsed.failed()) {
                problems.add(spec.name() + ": " + parsed.error());
            } else if (!(parsed.value() instanceof List<?> list && list.isEmpty())) {
                properties.put(spec.name(), parsed.value());
            }
        }
        yearsInOrder(properties, "since", "until", problems);
        reject(problems);
        return properties;
    }

    static RelationType relationType(String name) {
        return RelationType.of(name).orElseThrow(() -> {
            var names = Arrays.stream(RelationType.values()).map(Enum::name).toList();
            var suggestion = Suggestions.closest(name, names).map(s -> "; did you mean " + s + "?").orElse("");
            return new BadRequestException("unknown relationship type \"" + name + "\"; the types are " + String.join(", ", names) + suggestion);
        });
    }

    static String withArticle(EntityKind kind) {
        return PropertyValues.withArticle(kind.label());
    }

    private static void yearsInOrder(Map<String, Object> properties, String start, String end, List<String> problems) {
        if (properties.get(start) instanceof Long first && properties.get(end) instanceof Long last && last < first) {
            problems.add(end + " " + last + " is before " + start + " " + first);
        }
    }

    private static void reject(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new BadRequestException(String.join("; ", problems));
        }
    }
}
