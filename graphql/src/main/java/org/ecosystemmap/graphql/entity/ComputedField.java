package org.ecosystemmap.graphql.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecosystemmap.graphql.compile.Compilation;

/**
 * A field computed in Java from some of the node's properties, which it declares: a statement reads just those.
 *
 * @param properties the node properties the value is computed from
 * @param compute the value, from those properties (a property the node lacks is absent from the map)
 */
public record ComputedField(List<String> properties, Function<Map<String, Object>, Object> compute) implements EntityField {

    @Override
    public Projection project(String node, Selected selected, Compilation compilation) {
        var map = properties.stream().map(p -> "`%1$s`: %2$s.`%1$s`".formatted(p, node)).collect(Collectors.joining(", ", "{", "}"));
        return new Projection(map, raw -> compute.apply(present(raw)));
    }

    /** The properties read, without those the node lacks (Cypher returns them as null). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> present(Object raw) {
        var values = new HashMap<String, Object>();
        ((Map<String, Object>) raw).forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
        return values;
    }
}
