package org.ecosystemmap.graphql.entity;

import java.util.function.Function;
import org.ecosystemmap.graphql.compile.Compilation;

/** A field that is the node property of the same name: every field of an entity type not declared otherwise. */
record PropertyField(String property) implements EntityField {

    @Override
    public Projection project(String node, Selected selected, Compilation compilation) {
        return new Projection(node + ".`" + property + "`", Function.identity());
    }
}
