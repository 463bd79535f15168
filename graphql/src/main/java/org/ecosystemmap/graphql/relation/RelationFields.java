package org.ecosystemmap.graphql.relation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.entity.EntityField;

/** The entity fields that are relationships: {@code relations} on every entity, and the typed lists of each kind. */
public final class RelationFields {

    /** {@code Entity.relations}. */
    public static final EntityField RELATIONS = new RelationsField();

    private RelationFields() {
    }

    /** The typed list fields of a kind ({@code Partner.initiatives} ...), by field name. */
    public static Map<String, EntityField> of(EntityKind kind) {
        var fields = new LinkedHashMap<String, EntityField>();
        for (var field : RelatedField.values()) {
            if (field.typeName().equals(kind.label())) {
                fields.put(field.field(), new RelatedEntities(field));
            }
        }
        return fields;
    }
}
