package org.ecosystemmap.importer.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.FacetEvidence;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.PropertyType;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawTable;

/**
 * Checks the talent-facets table and folds it into the programmes: each facet becomes a list property of
 * the programme (in vocabulary order), and each value's evidence is kept in {@code facetEvidence}.
 */
final class FacetFolding {

    private static final List<String> COLUMNS = List.of("programme", "field", "value", "sources", "quote");
    private static final PropertySpec SOURCES = new PropertySpec("sources", PropertyType.SOURCE_LIST, true, List.of());

    private final Consumer<Problem> problems;
    private final Map<String, EntityKind> kinds;
    private final Map<String, Map<String, Object>> properties;
    private final SourceSections sections;

    FacetFolding(Consumer<Problem> problems, Map<String, EntityKind> kinds, Map<String, Map<String, Object>> properties,
            SourceSections sections) {
        this.problems = problems;
        this.kinds = kinds;
        this.properties = properties;
        this.sections = sections;
    }

    void fold(RawTable table) {
        var header = new HashSet<>(table.header());
        boolean usable = true;
        for (var column : table.header()) {
            if (!column.isEmpty() && !COLUMNS.contains(column)) {
                problems.accept(Problem.at(table.origin(), table.headerLine(), column, "unknown column; allowed: " + String.join(", ", COLUMNS))
                        .suggesting(Suggestions.closest(column, COLUMNS).map(ValueParser::quoted).orElse(null)));
            }
        }
        for (var column : COLUMNS) {
            if (!header.contains(column)) {
                problems.accept(Problem.at(table.origin(), table.headerLine(), column, "the required column is missing from the header"));
                usable = false;
            }
        }
        if (!usable) {
            return;
        }
        var values = new HashMap<String, Map<TalentFacet, List<String>>>();
        var evidence = new HashMap<String, List<String>>();
        var seen = new HashMap<String, Integer>();
        for (var row : table.rows()) {
            var programme = cell(table, row.line(), row.cell("programme"), "programme");
            var fieldName = cell(table, row.line(), row.cell("field"), "field");
            var value = cell(table, row.line(), row.cell("value"), "value");
            var sourceText = cell(table, row.line(), row.cell("sources"), "sources");
            var quote = cell(table, row.line(), row.cell("quote"), "quote");
            if (programme == null || fieldName == null || value == null || sourceText == null || quote == null) {
                continue;
            }
            var kind = kinds.get(programme);
            if (kind != EntityKind.TALENT_PROGRAMME) {
                var message = kind == null ? "no entity has the id \"" + programme + "\""
                        : "\"" + programme + "\" is a " + kind.label() + ", not a talent programme";
                problems.accept(Problem.at(table.origin(), row.line(), "programme", message));
                continue;
            }
            var facet = TalentFacet.ofField(fieldName).orElse(null);
            if (facet == null) {
                var fields = Arrays.stream(TalentFacet.values()).map(TalentFacet::field).toList();
                problems.accept(Problem.at(table.origin(), row.line(), "field", "unknown facet \"" + fieldName + "\"; allowed: " + String.join(", ", fields))
                        .suggesting(Suggestions.closest(fieldName, fields).map(ValueParser::quoted).orElse(null)));
                continue;
            }
            if (facet.label(value).isEmpty()) {
                problems.accept(Problem.at(table.origin(), row.line(), "value", "\"" + value + "\" is not a value of " + fieldName
                        + "; allowed: " + String.join(", ", facet.labels().keySet()))
                        .suggesting(Suggestions.closest(value, facet.labels().keySet()).map(ValueParser::quoted).orElse(null)));
                continue;
            }
            var parsed = ValueParser.parse(SOURCES, sourceText);
            if (parsed.failed()) {
                problems.accept(Problem.at(table.origin(), row.line(), "sources", parsed.error()));
                continue;
            }
            var earlier = seen.putIfAbsent(programme + "\u0000" + fieldName + "\u0000" + value, row.line());
            if (earlier != null) {
                problems.accept(Problem.at(table.origin(), row.line(), null, "duplicate facet value: " + programme + " " + fieldName
                        + " " + value + " is already at line " + earlier));
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

    private String cell(RawTable table, int line, String value, String column) {
        if (value == null) {
            problems.accept(Problem.at(table.origin(), line, column, "a value is required"));
            return null;
        }
        return value.strip();
    }
}
