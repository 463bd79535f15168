package org.ecosystemmap.graphql.entity;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.Compilation;
import org.ecosystemmap.graphql.goal.GoalStatusQuote;
import org.ecosystemmap.graphql.relation.RelationFields;
import org.ecosystemmap.graphql.talent.ProgrammeFacet;

/**
 * How every field of every entity type is read. A field is the node property of the same name unless it is
 * declared here, so a field added to the schema as a plain property needs nothing more. Declared are the
 * fields read otherwise: the name (the id where a node has none), the kind, the fields computed from
 * properties (each names the properties it needs), and the fields that are relationships.
 */
public final class EntityFields {

    /** {@code Entity.kind}: every entity knows its own. */
    static final EntityField KIND = new EntityField() {
        @Override
        public Projection project(String node, Selected selected, Compilation compilation) {
            return null;
        }
    };

    private static final EntityField NAME = new EntityField() {
        @Override
        public Projection project(String node, Selected selected, Compilation compilation) {
            return new Projection("coalesce(%1$s.name, %1$s.id)".formatted(node), raw -> raw);
        }
    };

    private static final EntityField SOURCES = new ComputedField(SourceCitation.PROPERTIES, SourceCitation::of);

    /** {@code Goal.statusQuote}: the words settling the status, one stored reference with its quote. */
    private static final Map<String, EntityField> COMMON = Map.of(
            "kind", KIND,
            "name", NAME,
            "sources", SOURCES,
            "relations", RelationFields.RELATIONS);

    private static final Map<EntityKind, Map<String, EntityField>> OWN = own();

    private static final Map<String, EntityField> PROPERTIES = new ConcurrentHashMap<>();

    private EntityFields() {
    }

    /** How the field of this name of an entity of this kind is read. */
    public static EntityField of(EntityKind kind, String name) {
        var field = COMMON.get(name);
        if (field == null) {
            field = OWN.get(kind).get(name);
        }
        return field != null ? field : PROPERTIES.computeIfAbsent(name, PropertyField::new);
    }

    private static Map<EntityKind, Map<String, EntityField>> own() {
        var own = new EnumMap<EntityKind, Map<String, EntityField>>(EntityKind.class);
        for (var kind : EntityKind.values()) {
            var fields = new HashMap<>(RelationFields.of(kind));
            if (kind == EntityKind.TALENT_PROGRAMME) {
                fields.put("facets", ProgrammeFacet.FIELD);
            }
            if (kind == EntityKind.GOAL) {
                fields.put("statusQuote", GoalStatusQuote.FIELD);
            }
            own.put(kind, Map.copyOf(fields));
        }
        return own;
    }
}
