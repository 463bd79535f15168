package org.ecosystemmap.graph.vocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * One property of an entity kind: its name as a dataset column and graph property, its type, whether a
 * dataset must give it, and for enumerations the allowed values.
 */
public record PropertySpec(String name, PropertyType type, boolean required, List<String> allowedValues) {

    public PropertySpec {
        allowedValues = List.copyOf(allowedValues);
    }

    static PropertySpec required(String name, PropertyType type) {
        return new PropertySpec(name, type, true, List.of());
    }

    static PropertySpec optional(String name, PropertyType type) {
        return new PropertySpec(name, type, false, List.of());
    }

    static PropertySpec enumeration(String name, Class<? extends Enum<?>> values, boolean required) {
        var names = Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        return new PropertySpec(name, PropertyType.ENUM, required, names);
    }
}
