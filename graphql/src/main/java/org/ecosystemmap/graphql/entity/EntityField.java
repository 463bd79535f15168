package org.ecosystemmap.graphql.entity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecosystemmap.graphql.compile.Compilation;
import org.ecosystemmap.graphql.compile.Field;

/**
 * How one field of an entity type is read from the entity's node, compiled into the statement of the root
 * field that selects it. {@link EntityFields} says which field is which.
 */
public interface EntityField {

    /** A field as selected at one place: its arguments, and everything selected below it there. */
    record Selected(Map<String, Object> arguments, List<Field> children) {
    }

    /** What the field became in a statement: a Cypher expression, and how to read the value it returns. */
    record Projection(String cypher, Function<Object, Object> reader) {
    }

    /**
     * The Cypher expression of the field's value for the node bound to {@code node}, given what is selected
     * below the field; null for a field that needs nothing from the node (its kind, which every entity knows).
     */
    Projection project(String node, Selected selected, Compilation compilation);

    /**
     * Whether the field costs no more than reading properties. A field that costs more (a subquery) is computed
     * only for the kinds of entity it belongs to, when a selection mixes kinds.
     */
    default boolean cheap() {
        return true;
    }
}
