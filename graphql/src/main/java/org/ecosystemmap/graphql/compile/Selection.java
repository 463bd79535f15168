package org.ecosystemmap.graphql.compile;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.VariableReference;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * What a client selected below a root field, and the plans compiled from it. A plan is the part of a root
 * field's statement that depends on the selection alone (the projection of the entities it returns); it is
 * compiled once per query text and values of the variables used below the root field, and taken from a
 * bounded cache after that, so the selection of a query sent again with another id is not looked at again.
 */
public final class Selection {

    /** Distinct plans kept: some per query text, and far more query texts than the explorer and scripts send. */
    private static final int CAPACITY = 10_000;

    private static final Cache<Object, Object> PLANS = Caffeine.newBuilder().maximumSize(CAPACITY).build();
    private static final Cache<RootField, List<String>> VARIABLES = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    /** A root field of a parsed query text: both by identity, since the parsed text is cached and shared. */
    private record RootField(Document document, graphql.language.Field field) {
        @Override
        public boolean equals(Object other) {
            return other instanceof RootField that && that.document == document && that.field == field;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(document) + System.identityHashCode(field);
        }
    }

    private record Key(RootField root, String purpose, Map<String, Object> variables) {
    }

    /** A compiled plan, and the compilation it leaves, which the statement around it continues. */
    public record Plan<T>(T value, Compilation compilation) {
    }

    private record Compiled(Object value, Compilation compilation) {
    }

    private final DataFetchingEnvironment env;
    private List<Field> fields;

    private Selection(DataFetchingEnvironment env, List<Field> fields) {
        this.env = env;
        this.fields = fields;
    }

    /** The selection below the root field being fetched; its plans are cached. */
    public static Selection of(DataFetchingEnvironment env) {
        return new Selection(env, null);
    }

    /** A selection given as fields; its plans are compiled every time. */
    public static Selection of(List<Field> fields) {
        return new Selection(null, fields);
    }

    /** The fields selected directly below the root field. */
    public List<Field> fields() {
        if (fields == null) {
            fields = Field.below(env);
        }
        return fields;
    }

    /**
     * The plan of this selection for one purpose: what {@code compile} makes of the fields, in a compilation of
     * its own, compiled the first time and cached after.
     *
     * @param purpose what the plan is for; one purpose, one way to compile
     */
    @SuppressWarnings("unchecked")
    public <T> Plan<T> plan(String purpose, BiFunction<List<Field>, Compilation, T> compile) {
        var compiled = env == null ? compile(purpose, compile) : (Compiled) PLANS.get(key(purpose), k -> compile(purpose, compile));
        return new Plan<>((T) compiled.value(), compiled.compilation().copy());
    }

    private <T> Compiled compile(String purpose, BiFunction<List<Field>, Compilation, T> compile) {
        var compilation = new Compilation();
        return new Compiled(compile.apply(fields(), compilation), compilation);
    }

    private Key key(String purpose) {
        var root = new RootField(env.getDocument(), env.getField());
        var used = VARIABLES.get(root, r -> variablesBelow(env.getMergedField().getFields(), env.getFragmentsByName()));
        var values = new HashMap<String, Object>();
        used.forEach(name -> values.put(name, env.getVariables().get(name)));
        return new Key(root, purpose, values);
    }

    /** The names of the variables used anywhere below these fields, fragments followed. */
    @SuppressWarnings("rawtypes")
    private static List<String> variablesBelow(List<graphql.language.Field> fields, Map<String, FragmentDefinition> fragments) {
        var names = new TreeSet<String>();
        var followed = new HashSet<String>();
        var pending = new ArrayList<Node>();
        for (var field : fields) {
            if (field.getSelectionSet() != null) {
                pending.add(field.getSelectionSet());
            }
            pending.addAll(field.getDirectives());
        }
        while (!pending.isEmpty()) {
            var node = pending.removeLast();
            if (node instanceof VariableReference variable) {
                names.add(variable.getName());
            } else if (node instanceof FragmentSpread spread && followed.add(spread.getName()) && fragments.containsKey(spread.getName())) {
                pending.add(fragments.get(spread.getName()));
            }
            pending.addAll(node.getChildren());
        }
        return List.copyOf(names);
    }
}
