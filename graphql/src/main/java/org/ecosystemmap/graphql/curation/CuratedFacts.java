package org.ecosystemmap.graphql.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecosystemmap.graph.rules.FactProblem;
import org.ecosystemmap.graph.rules.FactRules;
import org.ecosystemmap.graph.sources.SourceSections;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.SourceRef;
import org.ecosystemmap.graphql.error.BadRequestException;

/**
 * What a curator writes, checked by the rule book ({@link FactRules}) that checks a dataset, and turned
 * into the properties the graph stores. Every problem is reported at once, each at its argument
 * ({@code input.website: ...}), as the importer reports each at its cell.
 */
final class CuratedFacts {

    private CuratedFacts() {
    }

    /**
     * The entity's properties; those of its kind that the input leaves out map to null, so that writing
     * them with {@code SET n += $properties} removes them.
     *
     * @param sections the sections the graph holds of the documents the input cites ({@link #documents})
     */
    static Map<String, Object> of(EntityInput input, SourceSections sections) {
        var checked = FactRules.entity(input.kind(), input.asDatasetTexts(), sections);
        reject(checked.problems());
        var properties = new HashMap<String, Object>();
        input.kind().properties().forEach(spec -> properties.put(spec.name(), null));
        properties.putAll(checked.value());
        return properties;
    }

    /** The relationship's properties, checked as the importer checks a row of relationships.csv. */
    static Map<String, Object> of(RelationInput input, RelationType type, SourceSections sections) {
        var checked = FactRules.relationship(input.from(), type, input.to(), input.asDatasetTexts(), sections);
        reject(checked.problems());
        return new HashMap<>(checked.value());
    }

    static RelationType relationType(String name) {
        var checked = FactRules.relationType(name);
        reject(checked.problems());
        return checked.value();
    }

    /** The documents that source references name, to read their sections; references that are not valid are left to the rules. */
    static Set<String> documents(List<String> sources) {
        var documents = new TreeSet<String>();
        if (sources != null) {
            sources.forEach(source -> SourceRef.parse(source).ifPresent(ref -> documents.add(ref.document())));
        }
        return documents;
    }

    /** Refuses the change when a rule is broken, naming each problem at its input field. */
    static void reject(List<FactProblem> problems) {
        if (!problems.isEmpty()) {
            throw new BadRequestException(String.join("; ", problems.stream()
                    .map(p -> p.field() == null ? p.describe() : "input." + p.field() + ": " + p.describe()).toList()));
        }
    }
}
