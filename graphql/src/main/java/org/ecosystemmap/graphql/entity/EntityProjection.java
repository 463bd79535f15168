package org.ecosystemmap.graphql.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.Compilation;
import org.ecosystemmap.graphql.compile.Field;

/**
 * Compiles what a client selected on an entity into a Cypher map projection of its node, {@code ent3 {`id`:
 * ent3.`id`, `relations`: {...}}}: every selected field becomes one entry, nested entities included, so a root
 * field's statement returns exactly what was asked for. {@link EntityFields} says how each field is read.
 */
public final class EntityProjection {

    /** The key of the node's labels, read when the entity's kind is not known from its place in the schema. */
    private static final String KIND = "__kind";

    /** A compiled projection: the Cypher map, and how to read each map it returns into an entity. */
    public record Compiled(String cypher, EntityKind kind, Shape shape) {

        /** The entity the statement returned as this map; null stays null. */
        @SuppressWarnings("unchecked")
        public ProjectedEntity read(Object raw) {
            if (raw == null) {
                return null;
            }
            var values = (Map<String, Object>) raw;
            var entityKind = kind != null ? kind : EntityKind.fromLabels((List<String>) values.get(KIND));
            return new ProjectedEntity(entityKind, values, shape);
        }

        /** Every entity of a list the statement returned. */
        public List<EntityResult> readAll(Object raw) {
            return raw == null ? List.of() : ((List<?>) raw).stream().map(this::read).map(EntityResult.class::cast).toList();
        }
    }

    private EntityProjection() {
    }

    /**
     * Compiles the fields selected on entities of one place in a query.
     *
     * @param selected the fields selected directly on the entity (of every selection of this place, together)
     * @param kind the entity's kind when the schema fixes it ({@code Partner}), null where it is any {@code Entity}
     * @param node the Cypher variable bound to the entity's node
     */
    public static Compiled of(List<Field> selected, EntityKind kind, String node, Compilation compilation) {
        var possible = kind == null ? EnumSet.allOf(EntityKind.class) : EnumSet.of(kind);
        var entries = new ArrayList<String>();
        if (kind == null) {
            entries.add(KIND + ": labels(" + node + ")");
        }
        var choices = new HashMap<String, Shape.Choice>();
        var byResultKey = selected.stream().filter(f -> !f.name().startsWith("__"))
                .collect(Collectors.groupingBy(Field::resultKey, LinkedHashMap::new, Collectors.toList()));
        var keys = new Keys();
        byResultKey.forEach((resultKey, fields) -> {
            if (conflicting(fields)) {
                var variants = new HashMap<List<String>, Shape.Choice>();
                for (var field : fields) {
                    var variant = choice(resultKey, List.of(field), possible, node, compilation, entries, keys);
                    if (variant != null) {
                        variants.put(field.path(), variant);
                    }
                }
                if (!variants.isEmpty()) {
                    choices.put(resultKey, new Shape.ByPath(variants));
                }
            } else {
                var single = choice(resultKey, fields, possible, node, compilation, entries, keys);
                if (single != null) {
                    choices.put(resultKey, single);
                }
            }
        });
        return new Compiled(node + " {" + String.join(", ", entries) + "}", kind, new Shape(choices, unaliased(byResultKey, choices)));
    }

    /**
     * The field names that are their own result key and the only one (no alias of them, no variant by path):
     * fetching them needs no look at the field's environment.
     */
    private static Set<String> unaliased(Map<String, List<Field>> byResultKey, Map<String, Shape.Choice> choices) {
        var resultKeysByName = new HashMap<String, Set<String>>();
        byResultKey.forEach((resultKey, fields) -> fields.forEach(f -> resultKeysByName.computeIfAbsent(f.name(), n -> new HashSet<>()).add(resultKey)));
        var unaliased = new HashSet<String>();
        resultKeysByName.forEach((name, resultKeys) -> {
            if (resultKeys.equals(Set.of(name)) && !(choices.get(name) instanceof Shape.ByPath)
                    && byResultKey.get(name).stream().allMatch(f -> f.name().equals(name))) {
                unaliased.add(name);
            }
        });
        return unaliased;
    }

    /** A field's name and arguments: two selections with the same result key and signature are the same field. */
    private record Signature(String name, Map<String, Object> arguments) {
        static Signature of(Field field) {
            return new Signature(field.name(), field.arguments());
        }
    }

    /**
     * Whether one result key means different fields for the same kind: possible only where several places of a
     * query share one entity (see {@link Shape.ByPath}), never within one selection set.
     */
    private static boolean conflicting(List<Field> fields) {
        for (int i = 0; i < fields.size(); i++) {
            for (int j = i + 1; j < fields.size(); j++) {
                var a = fields.get(i);
                var b = fields.get(j);
                if (!Signature.of(a).equals(Signature.of(b)) && a.objectTypes().stream().anyMatch(b.objectTypes()::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The map keys of one projection: a result key, made unique where it must be read more than once. */
    private static final class Keys {
        private final Set<String> used = new HashSet<>();

        String unique(String resultKey) {
            var key = resultKey;
            for (int i = 2; !used.add(key); i++) {
                key = resultKey + "_" + i;
            }
            return key;
        }
    }

    /** The slot or slots of one result key, whose selections do not conflict; null when it needs none (the kind). */
    private static Shape.Choice choice(String resultKey, List<Field> fields, Set<EntityKind> possible, String node,
            Compilation compilation, List<String> entries, Keys keys) {
        // Which field the result key is for each kind, and the kinds that read it the same way.
        record Reading(EntityField field, Signature signature) {
        }
        var kindsByReading = new LinkedHashMap<Reading, EnumSet<EntityKind>>();
        var fieldsByReading = new HashMap<Reading, List<Field>>();
        for (var field : fields) {
            for (var typeName : field.objectTypes()) {
                var kind = EntityKind.ofLabel(typeName).filter(possible::contains).orElse(null);
                if (kind == null) {
                    continue;
                }
                var reading = new Reading(EntityFields.of(kind, field.name()), Signature.of(field));
                kindsByReading.computeIfAbsent(reading, r -> EnumSet.noneOf(EntityKind.class)).add(kind);
                var same = fieldsByReading.computeIfAbsent(reading, r -> new ArrayList<>());
                if (!same.contains(field)) {
                    same.add(field);
                }
            }
        }
        var slots = new EnumMap<EntityKind, Shape.Slot>(EntityKind.class);
        kindsByReading.forEach((reading, kinds) -> {
            var selections = fieldsByReading.get(reading);
            var selected = new EntityField.Selected(reading.signature().arguments(), Field.childrenOf(selections));
            var projection = reading.field().project(node, selected, compilation);
            if (projection == null) {
                return;
            }
            var key = keys.unique(resultKey);
            var guarded = !kinds.containsAll(possible) && !reading.field().cheap();
            entries.add("`" + key + "`: " + (guarded ? "CASE WHEN " + node + ":" + labels(kinds) + " THEN " + projection.cypher() + " END"
                    : projection.cypher()));
            var slot = new Shape.Slot(key, projection.reader());
            kinds.forEach(kind -> slots.put(kind, slot));
        });
        var distinct = slots.values().stream().distinct().toList();
        if (distinct.isEmpty()) {
            return null;
        }
        return distinct.size() == 1 ? new Shape.Single(distinct.getFirst()) : new Shape.ByKind(slots);
    }

    private static String labels(Collection<EntityKind> kinds) {
        return kinds.stream().map(EntityKind::label).collect(Collectors.joining("|"));
    }
}
