package org.ecosystemmap.graphql.compile;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A field a client selected, as graphql-java normalised it (fragments resolved, one field per result key and
 * set of concrete types it applies to), with the path of result keys from the operation's root to it: what
 * the compiler looks ahead at to write one statement for a whole root field.
 *
 * @param objectTypes the concrete types this field applies to, such as {@code Partner}
 * @param arguments the field's arguments, defaults included
 */
public record Field(String name, String resultKey, Set<String> objectTypes, Map<String, Object> arguments, List<String> path,
        DataFetchingFieldSelectionSet below) {

    /** The fields selected directly below the field being fetched. */
    public static List<Field> below(DataFetchingEnvironment env) {
        return of(env.getSelectionSet(), env.getExecutionStepInfo().getPath().getKeysOnly());
    }

    /** The fields selected directly in a selection set whose field has this path. */
    public static List<Field> of(DataFetchingFieldSelectionSet selection, List<String> path) {
        var fields = new ArrayList<Field>();
        for (SelectedField selected : selection.getImmediateFields()) {
            var own = new ArrayList<>(path);
            own.add(selected.getResultKey());
            fields.add(new Field(selected.getName(), selected.getResultKey(), Set.copyOf(selected.getObjectTypeNames()),
                    selected.getArguments(), List.copyOf(own), selected.getSelectionSet()));
        }
        return fields;
    }

    /** The fields selected directly below this one. */
    public List<Field> children() {
        return of(below, path);
    }

    /** The fields selected below every one of these fields, together. */
    public static List<Field> childrenOf(List<Field> fields) {
        if (fields.size() == 1) {
            return fields.getFirst().children();
        }
        var children = new ArrayList<Field>();
        fields.forEach(field -> children.addAll(field.children()));
        return children;
    }

    /**
     * The fields reached from these by a path of field names, whatever their aliases: {@code at(selected,
     * "edges", "node")} are the {@code node} fields under every {@code edges} field.
     */
    public static List<Field> at(List<Field> fields, String... names) {
        var reached = fields;
        for (int i = 0; i < names.length; i++) {
            var name = names[i];
            var named = reached.stream().filter(f -> f.name().equals(name)).toList();
            reached = i == names.length - 1 ? named : childrenOf(named);
        }
        return reached;
    }

    /** Whether any of these fields is named so. */
    public static boolean selects(List<Field> fields, String name) {
        return fields.stream().anyMatch(f -> f.name().equals(name));
    }

    /** The fields selected below the fields reached by a path of names, together. */
    public static List<Field> below(List<Field> fields, String... names) {
        return childrenOf(at(fields, names));
    }

    @Override
    public String toString() {
        return String.join(".", path) + (arguments.isEmpty() ? "" : arguments) + " on " + Arrays.toString(objectTypes.toArray());
    }
}
