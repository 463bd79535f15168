package org.ecosystemmap.graphql.limits;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a query asks for, before it runs: how deeply it nests and how many values its answer can hold at
 * most. Counted on the normalized operation (fragments expanded, variables and default arguments applied),
 * in {@code long} arithmetic that saturates instead of wrapping, so that no query, however its lists multiply,
 * comes out cheaper than it is.
 * <p>
 * A field costs 1 plus what it selects. A list field costs its size times what one item selects (at least 1
 * per item): its size is its own {@code first} or {@code limit}, else the number of {@code ids} it is given,
 * else the {@code first} or {@code limit} of the field it belongs to (the {@code edges} of
 * {@code relations(first: 100)} hold 100, the {@code nodes} of {@code neighbourhood(limit: 1000)} 1000), else
 * an assumed size. That holds for every list: entities, relationships, edges, sources, aliases, facets. A list
 * whose items are or hold entities (directly or through their fields) is assumed larger than a list of plain
 * values that come with their parent (sources, aliases, facets and their values, edges, reasons).
 *
 * @param depth how many levels deep the deepest field lies (a root field is level 1)
 * @param complexity the cost described above, {@link Long#MAX_VALUE} when it is beyond counting
 */
record QueryCost(int depth, long complexity) {

    /**
     * @param assumedListSize the size of a list of entities (or of items that hold them) without an explicit size
     * @param assumedValueListSize the size of a list of plain values without an explicit size
     */
    static QueryCost of(ExecutableNormalizedOperation operation, GraphQLSchema schema, int assumedListSize, int assumedValueListSize) {
        var counter = new Counter(schema, assumedListSize, assumedValueListSize);
        int depth = 0;
        long complexity = 0;
        for (var root : operation.getTopLevelFields()) {
            depth = Math.max(depth, depth(root));
            complexity = add(complexity, counter.cost(root));
        }
        return new QueryCost(depth, complexity);
    }

    /**
     * How many fields the operation holds once every fragment is spread where it is used, counted without
     * spreading them: fragments that spread others twice over double at every step, and spreading them out to
     * count them would never end.
     */
    static long spreadFields(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
        return fields(operation.getSelectionSet(), fragments, new HashMap<>());
    }

    private static long fields(SelectionSet selections, Map<String, FragmentDefinition> fragments, Map<String, Long> perFragment) {
        long count = 0;
        if (selections == null) {
            return count;
        }
        for (var selection : selections.getSelections()) {
            count = add(count, switch (selection) {
                case Field field -> add(1, fields(field.getSelectionSet(), fragments, perFragment));
                case InlineFragment inline -> fields(inline.getSelectionSet(), fragments, perFragment);
                case FragmentSpread spread -> fragmentFields(spread.getName(), fragments, perFragment);
                default -> 0;
            });
        }
        return count;
    }

    private static long fragmentFields(String name, Map<String, FragmentDefinition> fragments, Map<String, Long> perFragment) {
        var known = perFragment.get(name);
        if (known != null) {
            return known;
        }
        // Validation has refused cycles and unknown fragments already; the placeholder only keeps this finite.
        perFragment.put(name, 0L);
        var fragment = fragments.get(name);
        long count = fragment == null ? 0 : fields(fragment.getSelectionSet(), fragments, perFragment);
        perFragment.put(name, count);
        return count;
    }

    private static int depth(ExecutableNormalizedField field) {
        int deepest = field.getLevel();
        for (var child : field.getChildren()) {
            deepest = Math.max(deepest, depth(child));
        }
        return deepest;
    }

    private record Counter(GraphQLSchema schema, int assumedListSize, int assumedValueListSize, Map<String, Boolean> holdsEntities) {

        Counter(GraphQLSchema schema, int assumedListSize, int assumedValueListSize) {
            this(schema, assumedListSize, assumedValueListSize, new HashMap<>());
        }

        long cost(ExecutableNormalizedField field) {
            long selected = 0;
            for (var child : field.getChildren()) {
                selected = add(selected, cost(child));
            }
            var type = GraphQLTypeUtil.unwrapNonNull(field.getType(schema));
            if (!(type instanceof GraphQLList list)) {
                return add(1, selected);
            }
            return add(1, multiply(size(field, list), Math.max(1, selected)));
        }

        private long size(ExecutableNormalizedField field, GraphQLList list) {
            var own = pageSize(field.getResolvedArguments());
            if (own != null) {
                return own;
            }
            if (field.getResolvedArguments().get("ids") instanceof List<?> ids) {
                return ids.size();
            }
            var parent = field.getParent() == null ? null : pageSize(field.getParent().getResolvedArguments());
            if (parent != null) {
                return parent;
            }
            return holdsEntities(GraphQLTypeUtil.unwrapAll(list)) ? assumedListSize : assumedValueListSize;
        }

        /** Whether items of this type are entities, or reach one through their fields. */
        private boolean holdsEntities(GraphQLNamedType type) {
            return holdsEntities.computeIfAbsent(type.getName(), name -> reachesEntity(type, new HashSet<>()));
        }

        private static boolean reachesEntity(GraphQLNamedType type, Set<String> seen) {
            if (type instanceof GraphQLInterfaceType) {
                return true;
            }
            if (!(type instanceof GraphQLObjectType object) || !seen.add(object.getName())) {
                return false;
            }
            return !object.getInterfaces().isEmpty()
                    || object.getFieldDefinitions().stream().anyMatch(f -> reachesEntity(GraphQLTypeUtil.unwrapAll(f.getType()), seen));
        }
    }

    private static Long pageSize(Map<String, Object> arguments) {
        for (var name : List.of("first", "limit")) {
            if (arguments.get(name) instanceof Number size) {
                return Math.max(0, size.longValue());
            }
        }
        return null;
    }

    // Both operands are never negative: a result below zero, or beyond 64 bits, has overflowed.
    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        long product = a * b;
        return Math.multiplyHigh(a, b) != 0 || product < 0 ? Long.MAX_VALUE : product;
    }
}
