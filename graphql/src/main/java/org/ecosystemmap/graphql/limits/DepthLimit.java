package org.ecosystemmap.graphql.limits;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses documents nested deeper than the limit: a root field is 1 deep, a field in its selection 2, and so on,
 * fragments counted where they are spread. The depth is a property of the query text, so it is measured once per
 * text, when the text is validated (the parsed-document cache keeps the result); a text with several operations
 * counts its deepest.
 */
final class DepthLimit extends SimplePerformantInstrumentation {

    private final int maxDepth;

    DepthLimit(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        var document = parameters.getDocument();
        var fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
        int depth = 0;
        for (var operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            depth = Math.max(depth, depth(operation.getSelectionSet(), fragments, new HashSet<>()));
        }
        if (depth > maxDepth) {
            throw LimitExceeded.error("The query nests " + depth + " levels deep; at most " + maxDepth
                    + " are allowed. Split it into several queries.");
        }
        return super.beginValidation(parameters, state);
    }

    /** How deep the fields of a selection set nest; a fragment spread within itself counts no deeper (validation refuses it). */
    private static int depth(SelectionSet selections, Map<String, FragmentDefinition> fragments, Set<String> spreading) {
        if (selections == null) {
            return 0;
        }
        int depth = 0;
        for (var selection : selections.getSelections()) {
            int below = switch (selection) {
                case Field field -> 1 + depth(field.getSelectionSet(), fragments, spreading);
                case InlineFragment inline -> depth(inline.getSelectionSet(), fragments, spreading);
                case FragmentSpread spread when fragments.containsKey(spread.getName()) && spreading.add(spread.getName()) -> {
                    int inFragment = depth(fragments.get(spread.getName()).getSelectionSet(), fragments, spreading);
                    spreading.remove(spread.getName());
                    yield inFragment;
                }
                default -> 0;
            };
            depth = Math.max(depth, below);
        }
        return depth;
    }
}
