package org.ecosystemmap.graph.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemmap.graph.sources.SourceSections;
import org.ecosystemmap.graph.sources.SourceSections.Section;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graph.vocabulary.PropertySpec;
import org.ecosystemmap.graph.vocabulary.PropertyType;
import org.ecosystemmap.graph.vocabulary.PropertyValues;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.Suggestions;

/**
 * The rule book: every rule about what an entity or a relationship of the map may hold, for everything that
 * writes one, the importer's validator for a dataset and the curators' mutations alike. Facts come in as
 * texts by field name (a dataset's cells; a curator's arguments written as cells would be), are checked
 * with the value rules of {@link PropertyValues}, and come out as the properties the graph stores, with
 * what follows from them: name keys, an event's year from its date, the sections of source references.
 * What is wrong is said as {@link FactProblem}s, which each caller reports in its own terms (a file and
 * line, a GraphQL argument). Rules that need the whole dataset or the graph (unknown and duplicate ids)
 * stay with the caller; the rules they apply (the cycle rule of {@code PART_OF}) are here.
 */
public final class FactRules {

    /** The fields of a section of a source document, as {@code sections.csv} has them. */
    public static final List<PropertySpec> SECTION_FIELDS = List.of(
            new PropertySpec("document", PropertyType.TEXT, true, List.of()),
            new PropertySpec("from", PropertyType.INTEGER, true, List.of()),
            new PropertySpec("to", PropertyType.INTEGER, true, List.of()),
            new PropertySpec("section", PropertyType.TEXT, true, List.of()),
            new PropertySpec("url", PropertyType.URL, false, List.of()));

    private FactRules() {
    }

    /**
     * Checks an entity of a kind and makes the properties the graph stores for it: those given, its name
     * keys and, for an event, its year. A field the kind does not have is a problem.
     *
     * @param texts the fields given, as text; blank means not given
     * @param sections the sections that source references are placed in
     */
    public static Checked<Map<String, Object>> entity(EntityKind kind, Map<String, String> texts, SourceSections sections) {
        var problems = new ArrayList<FactProblem>();
        var names = kind.properties().stream().map(PropertySpec::name).toList();
        for (var field : texts.keySet()) {
            if (!names.contains(field)) {
                problems.add(new FactProblem(field, withArticle(kind) + " has no " + field + "; its fields are " + String.join(", ", names),
                        Suggestions.closest(field, names).map(PropertyValues::quoted).orElse(null)));
            }
        }
        var values = new LinkedHashMap<String, Object>();
        for (var spec : kind.properties()) {
            value(spec, texts.get(spec.name()), sections, problems).ifPresent(value -> values.put(spec.name(), value));
        }
        inOrder(values, "startYear", "endYear", problems);
        if (values.get("name") instanceof String name) {
            @SuppressWarnings("unchecked")
            var aliases = (List<String>) values.getOrDefault("aliases", List.of());
            values.put(NameKeys.PROPERTY, NameKeys.of(name, aliases));
        }
        if (kind == EntityKind.EVENT && values.get("date") instanceof String date) {
            long year = Long.parseLong(date.substring(0, 4));
            var given = values.putIfAbsent("year", year);
            if (given != null && (Long) given != year) {
                problems.add(new FactProblem("year", "the year " + given + " differs from the date " + date));
            }
        }
        return new Checked<>(values, problems);
    }

    /** The relationship type of this name: the one check of a type's name, wherever one is given. */
    public static Checked<RelationType> relationType(String name) {
        var wanted = name == null ? "" : name.strip();
        var type = RelationType.of(wanted);
        if (type.isPresent()) {
            return new Checked<>(type.get(), List.of());
        }
        var names = Arrays.stream(RelationType.values()).map(Enum::name).toList();
        return new Checked<>(null, List.of(new FactProblem("type", "unknown relationship type \"" + wanted + "\"; allowed: "
                + String.join(", ", names), Suggestions.closest(wanted, names).map(PropertyValues::quoted).orElse(null))));
    }

    /** Whether the type may join an entity of one kind to one of another; a problem when it may not. */
    public static Optional<FactProblem> endpoints(RelationType type, String from, EntityKind fromKind, String to, EntityKind toKind) {
        if (type.allows(fromKind, toKind)) {
            return Optional.empty();
        }
        return Optional.of(new FactProblem("type", type + " cannot join " + withArticle(fromKind) + " (" + from + ") to "
                + withArticle(toKind) + " (" + to + "); see the relationship types in docs/dataset-format.md"));
    }

    /**
     * Checks a relationship and makes the properties the graph stores for it. A relationship joins two
     * entities: one from an entity to itself means nothing and is refused, whatever its type.
     */
    public static Checked<Map<String, Object>> relationship(String from, RelationType type, String to, Map<String, String> texts,
            SourceSections sections) {
        var problems = new ArrayList<FactProblem>();
        if (from.equals(to)) {
            problems.add(new FactProblem("to", from + " -" + type + "-> " + to + " joins an entity to itself; a relationship joins two entities"));
        }
        var values = new LinkedHashMap<String, Object>();
        for (var spec : RelationType.PROPERTIES) {
            var text = texts.get(spec.name());
            // Most relationships give few of their fields: a blank one is not worth a call (an import checks a million).
            if (text != null && !text.isBlank() || spec.required()) {
                value(spec, text, sections, problems).ifPresent(value -> values.put(spec.name(), value));
            }
        }
        inOrder(values, "since", "until", problems);
        return new Checked<>(values, problems);
    }

    /**
     * The cycles among {@code PART_OF} relationships, each as the ids along it, the first again at the end
     * ({@code [a, b, a]} for a PART_OF b PART_OF a). Something cannot be part of what is part of it.
     *
     * @param partOf for each id, the ids it is part of
     */
    public static List<List<String>> partOfCycles(Map<String, ? extends Collection<String>> partOf) {
        var cycles = new ArrayList<List<String>>();
        var done = new HashMap<String, Boolean>();
        for (var start : partOf.keySet()) {
            if (done.containsKey(start)) {
                continue;
            }
            // Depth first without recursion, so that a long chain cannot overflow the stack.
            var path = new ArrayList<String>();
            var onPath = new HashMap<String, Integer>();
            var next = new ArrayDeque<Iterator<String>>();
            enter(start, path, onPath, next, partOf);
            while (!next.isEmpty()) {
                var ends = next.peek();
                if (!ends.hasNext()) {
                    next.pop();
                    var left = path.removeLast();
                    onPath.remove(left);
                    done.put(left, true);
                    continue;
                }
                var end = ends.next();
                var at = onPath.get(end);
                if (at != null) {
                    var cycle = new ArrayList<>(path.subList(at, path.size()));
                    cycle.add(end);
                    cycles.add(cycle);
                } else if (!done.containsKey(end)) {
                    enter(end, path, onPath, next, partOf);
                }
            }
        }
        return cycles;
    }

    private static void enter(String id, List<String> path, Map<String, Integer> onPath, ArrayDeque<Iterator<String>> next,
            Map<String, ? extends Collection<String>> partOf) {
        onPath.put(id, path.size());
        path.add(id);
        Collection<String> ends = partOf.get(id);
        next.push(ends == null ? List.<String>of().iterator() : ends.iterator());
    }

    /** The problem of a {@code PART_OF} cycle, given as {@link #partOfCycles} finds it. */
    public static FactProblem partOfCycle(List<String> cycle) {
        return new FactProblem("to", "PART_OF runs in a circle: " + String.join(" -PART_OF-> ", cycle)
                + "; something cannot be part of what is part of it");
    }

    /**
     * Whether entities may be merged into one that is kept: something to merge, every id an entity's, all of
     * one kind (a partner and an initiative are never one thing), and none the kept one itself.
     *
     * @param kinds the kind of the entity of each id, for the ids an entity has
     */
    public static List<FactProblem> merge(String keep, List<String> merged, Map<String, EntityKind> kinds) {
        var problems = new ArrayList<FactProblem>();
        if (merged.isEmpty()) {
            problems.add(new FactProblem("merge", "name at least one entity to merge into " + keep));
        }
        var keptKind = kinds.get(keep);
        if (keptKind == null) {
            problems.add(new FactProblem("keep", "no entity has the id \"" + keep + "\""));
        }
        for (var id : merged) {
            var kind = kinds.get(id);
            if (id.equals(keep)) {
                problems.add(new FactProblem("merge", "\"" + id + "\" is the entity kept; an entity cannot be merged into itself"));
            } else if (kind == null) {
                problems.add(new FactProblem("merge", "no entity has the id \"" + id + "\""));
            } else if (keptKind != null && kind != keptKind) {
                problems.add(new FactProblem("merge", "\"" + id + "\" is " + withArticle(kind) + " and \"" + keep + "\" is "
                        + withArticle(keptKind) + "; only entities of one kind can be merged"));
            }
        }
        return problems;
    }

    /**
     * The properties of an entity that others are merged into: its own, with what it leaves blank taken from the
     * merged ones (in the order given), their aliases and sources added to its own, and their names and ids
     * added as aliases, so that the names and ids they were known by find it. Its name keys follow.
     *
     * @param kept the kept entity's properties, as the graph holds them
     * @param merged the merged entities' properties, each with its {@code id}
     */
    public static Map<String, Object> merged(EntityKind kind, Map<String, Object> kept, List<Map<String, Object>> merged) {
        var values = new LinkedHashMap<String, Object>();
        for (var spec : kind.properties()) {
            if (kept.get(spec.name()) != null) {
                values.put(spec.name(), kept.get(spec.name()));
            }
        }
        var aliases = new LinkedHashSet<String>(strings(kept.get("aliases")));
        var sources = new LinkedHashSet<String>(strings(kept.get("sources")));
        for (var other : merged) {
            for (var spec : kind.properties()) {
                if (other.get(spec.name()) != null) {
                    values.putIfAbsent(spec.name(), other.get(spec.name()));
                }
            }
            aliases.add((String) other.get("name"));
            aliases.addAll(strings(other.get("aliases")));
            aliases.add((String) other.get("id"));
            sources.addAll(strings(other.get("sources")));
        }
        var name = (String) values.get("name");
        aliases.remove(name);
        aliases.remove(null);
        values.put("aliases", List.copyOf(aliases));
        if (!sources.isEmpty()) {
            values.put("sources", List.copyOf(sources));
        }
        values.put(NameKeys.PROPERTY, NameKeys.of(name, List.copyOf(aliases)));
        return values;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String.class::cast).toList();
        }
        return List.of();
    }

    /** Checks a section of a source document; its value is null when it cannot be used. */
    public static Checked<Section> section(Map<String, String> texts) {
        var problems = new ArrayList<FactProblem>();
        var values = new HashMap<String, Object>();
        for (var spec : SECTION_FIELDS) {
            var text = texts.get(spec.name());
            if (spec.type() == PropertyType.INTEGER && text != null && !text.isBlank()) {
                var parsed = PropertyValues.parse(spec, text);
                if (parsed.failed() || (Long) parsed.value() < 1 || (Long) parsed.value() > Integer.MAX_VALUE) {
                    problems.add(new FactProblem(spec.name(), "\"" + text.strip() + "\" is not a line number (1 or more)"));
                } else {
                    values.put(spec.name(), ((Long) parsed.value()).intValue());
                }
                continue;
            }
            value(spec, text, SourceSections.none(), problems).ifPresent(value -> values.put(spec.name(), value));
        }
        if (values.get("from") instanceof Integer from && values.get("to") instanceof Integer to && to < from) {
            problems.add(new FactProblem("to", "the section ends (" + to + ") before it starts (" + from + ")"));
        }
        if (!problems.isEmpty()) {
            return new Checked<>(null, problems);
        }
        return new Checked<>(new Section((String) values.get("document"), (Integer) values.get("from"), (Integer) values.get("to"),
                (String) values.get("section"), (String) values.get("url")), problems);
    }

    /** A dataset's name is recorded on everything it holds and in the audit trail: it must be there and be plain text. */
    public static List<FactProblem> datasetName(String name) {
        if (name == null || name.isBlank()) {
            return List.of(new FactProblem(null, "the dataset needs a name: it is recorded as the provenance of everything it holds"));
        }
        var control = PropertyValues.controlCharacter(name.strip(), false);
        return control == null ? List.of() : List.of(new FactProblem(null, "the dataset's name cannot be used: " + control));
    }

    /**
     * One field's value as the graph stores it, or empty when it is not given or breaks a rule (then
     * {@code problems} says which). Source references get their sections.
     */
    public static Optional<Object> value(PropertySpec spec, String text, SourceSections sections, List<FactProblem> problems) {
        if (text == null || text.isBlank()) {
            if (spec.required()) {
                problems.add(new FactProblem(spec.name(), "a value is required"));
            }
            return Optional.empty();
        }
        var parsed = PropertyValues.parse(spec, text);
        if (parsed.failed()) {
            problems.add(new FactProblem(spec.name(), parsed.error(), parsed.suggestion()));
            return Optional.empty();
        }
        if (parsed.value() instanceof List<?> list && list.isEmpty()) {
            return Optional.empty();
        }
        if (spec.type() == PropertyType.SOURCE_LIST) {
            @SuppressWarnings("unchecked")
            var references = (List<String>) parsed.value();
            return Optional.of(references.stream().map(sections::stored).toList());
        }
        if (spec.type() == PropertyType.SOURCE) {
            return Optional.of(sections.stored((String) parsed.value()));
        }
        return Optional.of(parsed.value());
    }

    /** {@code a Partner}, {@code an Initiative}. */
    public static String withArticle(EntityKind kind) {
        return PropertyValues.withArticle(kind.label());
    }

    private static void inOrder(Map<String, Object> values, String start, String end, List<FactProblem> problems) {
        if (values.get(start) instanceof Long first && values.get(end) instanceof Long last && last < first) {
            problems.add(new FactProblem(end, end + " " + last + " is before " + start + " " + first));
        }
    }
}
