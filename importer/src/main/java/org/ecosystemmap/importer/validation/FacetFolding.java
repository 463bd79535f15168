package org.ecosystemmap.importer.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ecosystemmap.graph.sources.SourceSections;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.FacetEvidence;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.PropertyType;
import org.ecosystemmap.graph.vocabulary.PropertyValues;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.importer.dataset.Location;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawRow;
import org.ecosystemmap.importer.dataset.RawTable;

/**
 * Checks the talent-facets table and folds it into the programmes: each facet becomes a list property of
 * the programme (in vocabulary order), and each value's evidence is kept in {@code facetEvidence}.
 */
final class FacetFolding {

    private static final PropertySpec SOURCES = new PropertySpec("sources", PropertyType.SOURCE_LIST, true, List.of());

    private final Consumer<Problem> problems;
    private final Map<String, EntityKind> kinds;
    private final boolean allIdsKnown;
    private final Map<String, Map<String, Object>> properties;
    private final SourceSections sections;

    /**
     * @param allIdsKnown false when a file could not be read: an unknown id may be in it, and is not reported
     */
    FacetFolding(Consumer<Problem> problems, Map<String, EntityKind> kinds, boolean allIdsKnown, Map<String, Map<String, Object>> properties,
            SourceSections sections) {
        this.problems = problems;
        this.kinds = kinds;
        this.allIdsKnown = allIdsKnown;
        this.properties = properties;
        this.sections = sections;
    }

    void fold(RawTable table) {
        if (!ColumnCheck.check(table, problems)) {
            return;
        }
        var values = new HashMap<String, Map<TalentFacet, List<String>>>();
        var evidence = new HashMap<String, List<String>>();
        var seen = new HashMap<String, Location>();
        for (var row : table.rows()) {
            var programme = cell(table, row, row.cell("programme"), "programme");
            var fieldName = cell(table, row, row.cell("field"), "field");
            var value = cell(table, row, row.cell("value"), "value");
            var sourceText = cell(table, row, row.cell("sources"), "sources");
            var quote = cell(table, row, row.cell("quote"), "quote");
            var control = quote == null ? null : PropertyValues.controlCharacter(quote, true);
            if (control != null) {
                problems.accept(table.problem(row, "quote", control));
                continue;
            }
            if (programme == null || fieldName == null || value == null || sourceText == null || quote == null) {
                continue;
            }
            var kind = kinds.get(programme);
            if (kind == null && !allIdsKnown) {
                continue;
            }
            if (kind != EntityKind.TALENT_PROGRAMME) {
                var message = kind == null ? "no entity has the id \"" + programme + "\""
                        : "\"" + programme + "\" is " + PropertyValues.withArticle(kind.label()) + ", not a talent programme";
                problems.accept(table.problem(row, "programme", message));
                continue;
            }
            var facet = TalentFacet.ofField(fieldName).orElse(null);
            if (facet == null) {
                var fields = Arrays.stream(TalentFacet.values()).map(TalentFacet::field).toList();
                problems.accept(table.problem(row, "field", "unknown facet \"" + fieldName + "\"; allowed: " + String.join(", ", fields))
                        .suggesting(Suggestions.closest(fieldName, fields).map(PropertyValues::quoted).orElse(null)));
                continue;
            }
            if (facet.label(value).isEmpty()) {
                problems.accept(table.problem(row, "value", "\"" + value + "\" is not a value of " + fieldName
                        + "; allowed: " + String.join(", ", facet.labels().keySet()))
                        .suggesting(Suggestions.closest(value, facet.labels().keySet()).map(PropertyValues::quoted).orElse(null)));
                continue;
            }
            var parsed = PropertyValues.parse(SOURCES, sourceText);
            if (parsed.failed()) {
                problems.accept(table.problem(row, "sources", parsed.error()));
                continue;
            }
            var earlier = seen.putIfAbsent(programme + "\u0000" + fieldName + "\u0000" + value, row.location());
            if (earlier != null) {
                problems.accept(table.problem(row, null, "duplicate facet value: " + programme + " " + fieldName
                        + " " + value + " is already at " + earlier));
                continue;
            }
            values.computeIfAbsent(programme, p -> new HashMap<>()).computeIfAbsent(facet, f -> new ArrayList<>()).add(value);
            @SuppressWarnings("unchecked")
            var refs = ((List<String>) parsed.value()).stream().map(sections::stored).toList();
            evidence.computeIfAbsent(programme, p -> new ArrayList<>()).add(new FacetEvidence(fieldName, value, refs, quote).toJson());
        }
        values.forEach((programme, byFacet) -> {
            var target = properties.get(programme);
            byFacet.forEach((facet, list) -> target.put(facet.field(),
                    facet.labels().keySet().stream().filter(list::contains).toList()));
            target.put("facetEvidence", evidence.get(programme).stream().sorted().toList());
        });
    }

    private String cell(RawTable table, RawRow row, String value, String column) {
        if (value == null) {
            problems.accept(table.problem(row, column, "a value is required"));
            return null;
        }
        return value.strip();
    }
}
