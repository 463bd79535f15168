package org.ecosystemmap.importer.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ecosystemmap.graph.rules.FactProblem;
import org.ecosystemmap.graph.rules.FactRules;
import org.ecosystemmap.graph.search.SearchTexts;
import org.ecosystemmap.graph.sources.SourceSections;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
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
 * Checks a whole dataset before anything is written and turns it into typed records. Each fact is checked
 * by the rule book ({@link FactRules}); what needs the whole dataset (ids known and unique, relationships
 * not repeated, no {@code PART_OF} cycle) is checked here. Every problem is collected, with its file, line,
 * column and reason; if there is any, the dataset is rejected whole.
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
        private final SourceSections sections = SourceSections.none();
        private final Map<String, Declared> declared = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        /** False when a file or table could not be read: an id that seems unknown may be in it. */
        private boolean allIdsKnown;

        private record Declared(EntityKind kind, Location location) {
        }

        private record CompletedEntities(List<EntityRecord> records, List<Problem> problems, List<Problem> likelyDuplicates) {
        }

        Run(RawDataset raw) {
            this.raw = raw;
            problems.addAll(raw.problems());
            allIdsKnown = raw.problems().isEmpty();
        }

        Dataset validate() {
            FactRules.datasetName(raw.name()).forEach(p -> problem(Problem.inFile("(dataset)", p.describe())));
            if (raw.tables().isEmpty() && raw.phrases().isEmpty() && raw.problems().isEmpty()) {
                problem(Problem.inFile(String.valueOf(raw.name()), "the dataset holds no tables: it needs at least one of "
                        + String.join(", ", DatasetTables.names())));
            }
            raw.table(DatasetTables.SECTIONS).ifPresent(this::readSections);
            for (var kind : EntityKind.values()) {
                raw.table(kind.table()).ifPresent(table -> readEntities(kind, table));
            }
            // What is left to do for the entities needs no relationship: done on the second core while the relationships are checked.
            boolean entitiesValid = problems.isEmpty();
            var completing = CompletableFuture.supplyAsync(() -> completeEntities(entitiesValid),
                    task -> Thread.ofPlatform().name("validate-entities").daemon().start(task));
            var relationships = raw.table(DatasetTables.RELATIONSHIPS).map(this::readRelationships).orElse(List.of());
            checkPartOfCycles(relationships);
            var entities = join(completing);
            // Listed after the relationships' problems, as when the two were checked one after the other.
            entities.problems().forEach(this::problem);
            if (!problems.isEmpty()) {
                throw new DatasetRejectedException(raw.name(), listed(problems));
            }
            return new Dataset(raw.name(), entities.records(), relationships, entities.likelyDuplicates(), sections.all(), raw.phrases());
        }

        /**
         * Folds the talent facets into the programmes, derives the search texts and makes the records, touching
         * no state that checking the relationships uses. Its problems are returned, not reported, so that they
         * keep their place in the list; likely duplicates are looked for only when the entities are valid.
         */
        private CompletedEntities completeEntities(boolean entitiesValid) {
            var found = new ArrayList<Problem>();
            raw.table(DatasetTables.TALENT_FACETS).ifPresent(new FacetFolding(found::add, declared(), allIdsKnown, properties, sections)::fold);
            // After the facets are folded in, as their labels and quotes are searched too.
            properties.values().forEach(values -> SearchTexts.derive(values).forEach((name, text) -> {
                if (text != null) {
                    values.put(name, text);
                }
            }));
            var records = new ArrayList<EntityRecord>(declared.size());
            declared.forEach((id, d) -> records.add(new EntityRecord(d.kind(), id, properties.get(id), d.location())));
            return new CompletedEntities(records, found, entitiesValid && found.isEmpty() ? LikelyDuplicates.find(records) : List.of());
        }

        private static <T> T join(CompletableFuture<T> work) {
            try {
                return work.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
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
                var section = FactRules.section(row.cells());
                report(table, row, section.problems());
                if (section.ok()) {
                    sections.add(section.value());
                }
            }
        }

        private void readEntities(EntityKind kind, RawTable table) {
            if (!checkColumns(table)) {
                // Its ids are unknown now, so references to them are not reported as dangling.
                allIdsKnown = false;
                return;
            }
            var columns = kind.properties().stream().map(PropertySpec::name).toList();
            // Unknown columns are reported once, at the header; without them, each row's cells are the entity's texts as they are.
            boolean allKnown = columns.containsAll(table.header());
            for (var row : table.rows()) {
                var texts = allKnown ? row.cells() : new LinkedHashMap<String, String>();
                if (!allKnown) {
                    row.cells().forEach((column, text) -> {
                        if (columns.contains(column)) {
                            texts.put(column, text);
                        }
                    });
                }
                var entity = FactRules.entity(kind, texts, sections);
                report(table, row, entity.problems());
                var values = entity.value();
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

        private List<RelationshipRecord> readRelationships(RawTable table) {
            if (!checkColumns(table)) {
                return List.of();
            }
            var records = new ArrayList<RelationshipRecord>(table.rows().size());
            var seen = new RelationshipKeys(table.rows().size());
            for (var row : table.rows()) {
                boolean valid = true;
                var from = required(table, row, "from");
                var to = required(table, row, "to");
                var typeName = required(table, row, "type");
                RelationType type = null;
                if (typeName != null) {
                    var checked = FactRules.relationType(typeName);
                    report(table, row, checked.problems());
                    type = checked.value();
                    valid = checked.ok();
                }
                var start = known(table, row, "from", from);
                var end = known(table, row, "to", to);
                if (!valid || start == null || end == null || type == null) {
                    continue;
                }
                from = from.strip();
                to = to.strip();
                var ends = FactRules.endpoints(type, from, start.kind(), to, end.kind());
                if (ends.isPresent()) {
                    report(table, row, List.of(ends.get()));
                    continue;
                }
                // The rule book reads a relationship's fields by name only, so the row's other cells (from, type, to) are left alone.
                var relationship = FactRules.relationship(from, type, to, row.cells(), sections);
                report(table, row, relationship.problems());
                var record = new RelationshipRecord(from, type, to, relationship.value(), row.location());
                var earlier = seen.add(from, type, to, row.location());
                if (earlier != null) {
                    problem(table.problem(row, null, "duplicate relationship " + record.key()
                            + ": already at " + earlier + " (give one row several roles, e.g. \"lead; funder\")"));
                } else if (relationship.ok()) {
                    records.add(record);
                }
            }
            return records;
        }

        /** Reports each PART_OF cycle at the row that closes it, naming the rows of the others. */
        private void checkPartOfCycles(List<RelationshipRecord> relationships) {
            var partOf = new LinkedHashMap<String, List<String>>();
            var rows = new HashMap<RelationshipRecord.Key, RelationshipRecord>();
            for (var record : relationships) {
                if (record.type() == RelationType.PART_OF) {
                    partOf.computeIfAbsent(record.from(), f -> new ArrayList<>()).add(record.to());
                    rows.put(record.key(), record);
                }
            }
            for (var cycle : FactRules.partOfCycles(partOf)) {
                var along = new ArrayList<RelationshipRecord>();
                for (int i = 0; i + 1 < cycle.size(); i++) {
                    along.add(rows.get(new RelationshipRecord.Key(cycle.get(i), RelationType.PART_OF.name(), cycle.get(i + 1))));
                }
                var closing = along.getLast();
                var problem = FactRules.partOfCycle(cycle);
                problem(Problem.at(closing.location(), problem.field(), problem.message() + " (the rows "
                        + String.join(", ", along.stream().map(r -> r.location().toString()).toList()) + ")"));
            }
        }

        /** The entity the id names, or null (reported when all ids are known) when none does. */
        private Declared known(RawTable table, RawRow row, String column, String id) {
            if (id == null) {
                return null;
            }
            var entity = declared.get(id.strip());
            if (entity != null || !allIdsKnown) {
                return entity;
            }
            var problem = table.problem(row, column, "no entity has the id \"" + id.strip() + "\"");
            if (problems.size() < MAX_LISTED_PROBLEMS) {
                problem = problem.suggesting(Suggestions.closest(id, declared.keySet()).map(PropertyValues::quoted).orElse(null));
            }
            problem(problem);
            return null;
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

        private void report(RawTable table, RawRow row, List<FactProblem> broken) {
            broken.forEach(p -> problem(table.problem(row, p.field(), p.message()).suggesting(p.suggestion())));
        }

        private void problem(Problem problem) {
            problems.add(problem);
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
