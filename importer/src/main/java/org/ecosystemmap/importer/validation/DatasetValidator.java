package org.ecosystemmap.importer.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.PropertyType;
import org.ecosystemmap.graph.vocabulary.PropertyValues;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.Suggestions;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.dataset.EntityRecord;
import org.ecosystemmap.importer.dataset.Location;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.dataset.RawDataset;
import org.ecosystemmap.importer.dataset.RawRow;
import org.ecosystemmap.importer.dataset.RawTable;
import org.ecosystemmap.importer.dataset.RelationshipRecord;

/**
 * Checks a whole dataset before anything is written and turns it into typed records. Every problem is
 * collected, with its file, line, column and reason; if there is any, the dataset is rejected whole.
 */
public final class DatasetValidator {

    /** Beyond this many problems the rest are counted, not listed: the first ones tell what is wrong. */
    static final int MAX_LISTED_PROBLEMS = 1000;

    public Dataset validate(RawDataset raw) {
        return new Run(raw).validate();
    }

    /** The state of validating one dataset. */
    private static final class Run {
        private final RawDataset raw;
        private final List<Problem> problems = new ArrayList<>();
        private final SourceSections sections = new SourceSections();
        private final Map<String, Declared> declared = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        /** False when a file or table could not be read: an id that seems unknown may be in it. */
        private boolean allIdsKnown;

        private record Declared(EntityKind kind, Location location) {
        }

        Run(RawDataset raw) {
            this.raw = raw;
            problems.addAll(raw.problems());
            allIdsKnown = raw.problems().isEmpty();
        }

        Dataset validate() {
            if (raw.name() == null || raw.name().isBlank()) {
                problem(Problem.inFile("(dataset)", "the dataset needs a name: it is recorded as the provenance of everything it holds"));
            }
            if (raw.tables().isEmpty() && raw.problems().isEmpty()) {
                problem(Problem.inFile(String.valueOf(raw.name()), "the dataset holds no tables: it needs at least one of "
                        + String.join(", ", DatasetTables.names())));
            }
            raw.table(DatasetTables.SECTIONS).ifPresent(this::readSections);
            for (var kind : EntityKind.values()) {
                raw.table(kind.table()).ifPresent(table -> readEntities(kind, table));
            }
            var relationships = raw.table(DatasetTables.RELATIONSHIPS).map(this::readRelationships).orElse(List.of());
            raw.table(DatasetTables.TALENT_FACETS).ifPresent(new FacetFolding(this::problem, declared(), allIdsKnown, properties, sections)::fold);
            if (!problems.isEmpty()) {
                throw new DatasetRejectedException(raw.name(), listed(problems));
            }
            var entities = new ArrayList<EntityRecord>();
            declared.forEach((id, d) -> entities.add(new EntityRecord(d.kind(), id, properties.get(id), d.location())));
            return new Dataset(raw.name(), entities, relationships, LikelyDuplicates.find(entities));
        }

        private Map<String, EntityKind> declared() {
            var kinds = new HashMap<String, EntityKind>();
            declared.forEach((id, d) -> kinds.put(id, d.kind()));
            return kinds;
        }

        private void readSections(RawTable table) {
            if (!checkColumns(table)) {
                return;
            }
            for (var row : table.rows()) {
                var document = required(table, row, "document");
                var title = required(table, row, "section");
                var from = requiredLine(table, row, "from");
                var to = requiredLine(table, row, "to");
                if (from != null && to != null && to < from) {
                    problem(table.problem(row, "to", "the section ends (" + to + ") before it starts (" + from + ")"));
                } else if (document != null && title != null && from != null && to != null) {
                    sections.add(new SourceSections.Section(document, from, to, title, row.cell("url")));
                }
            }
        }

        private Integer requiredLine(RawTable table, RawRow row, String column) {
            var text = required(table, row, column);
            if (text == null) {
                return null;
            }
            try {
                int line = Integer.parseInt(text.strip());
                if (line >= 1) {
                    return line;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(table.problem(row, column, "\"" + text + "\" is not a line number (1 or more)"));
            return null;
        }

        private void readEntities(EntityKind kind, RawTable table) {
            var specs = kind.properties();
            if (!checkColumns(table)) {
                // Its ids are unknown now, so references to them are not reported as dangling.
                allIdsKnown = false;
                return;
            }
            for (var row : table.rows()) {
                var values = new LinkedHashMap<String, Object>();
                for (var spec : specs) {
                    var text = row.cell(spec.name());
                    if (text == null) {
                        if (spec.required()) {
                            problem(table.problem(row, spec.name(), "a value is required"));
                        }
                        continue;
                    }
                    var parsed = PropertyValues.parse(spec, text);
                    if (parsed.failed()) {
                        problem(table.problem(row, spec.name(), parsed.error()).suggesting(parsed.suggestion()));
                    } else if (!isEmptyList(parsed.value())) {
                        values.put(spec.name(), stored(spec, parsed.value()));
                    }
                }
                checkYearOrder(table, row, values, "startYear", "endYear");
                if (values.get("name") instanceof String name) {
                    @SuppressWarnings("unchecked")
                    var aliases = (List<String>) values.getOrDefault("aliases", List.of());
                    values.put(NameKeys.PROPERTY, NameKeys.of(name, aliases));
                }
                deriveEventYear(kind, table, row, values);
                var id = (String) values.get("id");
                if (id == null) {
                    continue;
                }
                var earlier = declared.get(id);
                if (earlier != null) {
                    problem(table.problem(row, "id", "duplicate id \"" + id + "\": already used at " + earlier.location()));
                    continue;
                }
                // Declared even when invalid, so that relationships to it are not reported as dangling too.
                declared.put(id, new Declared(kind, row.location()));
                properties.put(id, values);
            }
        }

        private void deriveEventYear(EntityKind kind, RawTable table, RawRow row, Map<String, Object> values) {
            if (kind != EntityKind.EVENT || !(values.get("date") instanceof String date)) {
                return;
            }
            long year = Long.parseLong(date.substring(0, 4));
            var given = values.putIfAbsent("year", year);
            if (given != null && (Long) given != year) {
                problem(table.problem(row, "year", "the year " + given + " differs from the date " + date));
            }
        }

        private List<RelationshipRecord> readRelationships(RawTable table) {
            var specs = RelationType.PROPERTIES;
            if (!checkColumns(table)) {
                return List.of();
            }
            var records = new ArrayList<RelationshipRecord>();
            var seen = new HashMap<RelationshipRecord.Key, Location>();
            var ids = declared.keySet();
            for (var row : table.rows()) {
                boolean valid = true;
                var from = required(table, row, "from");
                var to = required(table, row, "to");
                var typeName = required(table, row, "type");
                RelationType type = null;
                if (typeName != null) {
                    type = RelationType.of(typeName.strip()).orElse(null);
                    if (type == null) {
                        var names = Arrays.stream(RelationType.values()).map(Enum::name).toList();
                        problem(table.problem(row, "type", "unknown relationship type \"" + typeName.strip()
                                + "\"; allowed: " + String.join(", ", names))
                                .suggesting(Suggestions.closest(typeName, names).map(PropertyValues::quoted).orElse(null)));
                        valid = false;
                    }
                }
                valid &= known(table, row, "from", from, ids);
                valid &= known(table, row, "to", to, ids);
                if (!valid || from == null || to == null || type == null) {
                    continue;
                }
                from = from.strip();
                to = to.strip();
                var fromKind = declared.get(from).kind();
                var toKind = declared.get(to).kind();
                if (!type.allows(fromKind, toKind)) {
                    problem(table.problem(row, "type", type + " cannot join " + PropertyValues.withArticle(fromKind.label()) + " (" + from
                            + ") to " + PropertyValues.withArticle(toKind.label()) + " (" + to + "); see the relationship types in docs/dataset-format.md"));
                    continue;
                }
                var values = new LinkedHashMap<String, Object>();
                for (var spec : specs) {
                    var text = row.cell(spec.name());
                    if (text == null) {
                        continue;
                    }
                    var parsed = PropertyValues.parse(spec, text);
                    if (parsed.failed()) {
                        problem(table.problem(row, spec.name(), parsed.error()).suggesting(parsed.suggestion()));
                        valid = false;
                    } else if (!isEmptyList(parsed.value())) {
                        values.put(spec.name(), stored(spec, parsed.value()));
                    }
                }
                valid &= checkYearOrder(table, row, values, "since", "until");
                var record = new RelationshipRecord(from, type, to, values, row.location());
                var earlier = seen.putIfAbsent(record.key(), row.location());
                if (earlier != null) {
                    problem(table.problem(row, null, "duplicate relationship " + record.key()
                            + ": already at " + earlier + " (give one row several roles, e.g. \"lead; funder\")"));
                } else if (valid) {
                    records.add(record);
                }
            }
            return records;
        }

        private boolean known(RawTable table, RawRow row, String column, String id, Set<String> ids) {
            if (id == null || ids.contains(id.strip())) {
                return id != null;
            }
            if (!allIdsKnown) {
                return false;
            }
            var problem = table.problem(row, column, "no entity has the id \"" + id.strip() + "\"");
            if (problems.size() < MAX_LISTED_PROBLEMS) {
                problem = problem.suggesting(Suggestions.closest(id, ids).map(PropertyValues::quoted).orElse(null));
            }
            problem(problem);
            return false;
        }

        private boolean checkYearOrder(RawTable table, RawRow row, Map<String, Object> values, String start, String end) {
            if (values.get(start) instanceof Long first && values.get(end) instanceof Long last && last < first) {
                problem(table.problem(row, end, end + " " + last + " is before " + start + " " + first));
                return false;
            }
            return true;
        }

        private String required(RawTable table, RawRow row, String column) {
            var text = row.cell(column);
            if (text == null) {
                problem(table.problem(row, column, "a value is required"));
            }
            return text;
        }

        private boolean checkColumns(RawTable table) {
            return ColumnCheck.check(table, this::problem);
        }

        private Object stored(PropertySpec spec, Object value) {
            if (spec.type() == PropertyType.SOURCE_LIST) {
                @SuppressWarnings("unchecked")
                var refs = (List<String>) value;
                return refs.stream().map(sections::stored).toList();
            }
            if (spec.type() == PropertyType.SOURCE) {
                return sections.stored((String) value);
            }
            return value;
        }

        private void problem(Problem problem) {
            problems.add(problem);
        }

        private static boolean isEmptyList(Object value) {
            return value instanceof List<?> list && list.isEmpty();
        }

        private static List<Problem> listed(List<Problem> all) {
            if (all.size() <= MAX_LISTED_PROBLEMS) {
                return all;
            }
            var listed = new ArrayList<>(all.subList(0, MAX_LISTED_PROBLEMS));
            listed.add(Problem.inFile("(dataset)", "and " + (all.size() - MAX_LISTED_PROBLEMS) + " more problems"));
            return listed;
        }
    }
}
