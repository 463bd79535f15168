package org.ecosystemmap.graphql.entity;

import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.function.Supplier;
import org.ecosystemmap.graph.vocabulary.EntityKind;

/**
 * An entity as its root field's statement read it: the values of exactly the fields the client selected, nested
 * entities included, in a map laid out as its {@link Shape} says.
 */
public record ProjectedEntity(EntityKind kind, Map<String, Object> values, Shape shape) implements EntityResult {

    /** The value of the field of this name being fetched (its environment is looked at only when an alias makes it). */
    Object value(String name, Supplier<DataFetchingEnvironment> env) {
        return shape.slot(name, kind, env).read(values);
    }
}
