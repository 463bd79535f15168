package org.ecosystemmap.graphql.entity;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ecosystemmap.graph.vocabulary.EntityKind;

/**
 * Where the value of each field selected on a projected entity lies in the map its statement returned, and how
 * to read it: by the field's result key, and where one result key means different fields for different kinds
 * (inline fragments), by the entity's kind.
 */
final class Shape {

    /** One value in the map, and how to read it into the field's value. */
    record Slot(String key, Function<Object, Object> reader) {
        Object read(Map<String, Object> values) {
            return reader.apply(values.get(key));
        }
    }

    /** Which slot holds a result key's value. */
    sealed interface Choice permits Single, ByKind, ByPath {
        Slot pick(EntityKind kind, Supplier<DataFetchingEnvironment> env);
    }

    /** The same slot for every kind. */
    record Single(Slot slot) implements Choice {
        @Override
        public Slot pick(EntityKind kind, Supplier<DataFetchingEnvironment> env) {
            return slot;
        }
    }

    /** A slot per kind: {@code ... on Partner { x: initiatives }} and {@code ... on Coalition { x: members }}. */
    record ByKind(Map<EntityKind, Slot> slots) implements Choice {
        @Override
        public Slot pick(EntityKind kind, Supplier<DataFetchingEnvironment> env) {
            return slots.get(kind);
        }
    }

    /**
     * A choice per path of result keys. Where one Java object answers several places of a query (the node of
     * {@code a: edges} and of {@code b: edges}), the same result key may mean different fields at each; the
     * field's own path tells them apart. Rare, so the path is only looked at then.
     */
    record ByPath(Map<List<String>, Choice> variants) implements Choice {
        @Override
        public Slot pick(EntityKind kind, Supplier<DataFetchingEnvironment> env) {
            return variants.get(env.get().getExecutionStepInfo().getPath().getKeysOnly()).pick(kind, env);
        }
    }

    private final Map<String, Choice> byResultKey;
    private final Set<String> unaliased;

    /**
     * @param byResultKey the choice of slot for each result key
     * @param unaliased the fields selected under their own name and no other: their name is their result key
     */
    Shape(Map<String, Choice> byResultKey, Set<String> unaliased) {
        this.byResultKey = Map.copyOf(byResultKey);
        this.unaliased = Set.copyOf(unaliased);
    }

    /** The slot of the field of this name being fetched; its result key is looked up only when it may differ. */
    Slot slot(String name, EntityKind kind, Supplier<DataFetchingEnvironment> env) {
        var resultKey = unaliased.contains(name) ? name : env.get().getField().getResultKey();
        var choice = byResultKey.get(resultKey);
        if (choice == null) {
            throw new IllegalStateException("the statement did not read " + resultKey);
        }
        return choice.pick(kind, env);
    }
}
