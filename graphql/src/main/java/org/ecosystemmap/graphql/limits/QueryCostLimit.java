package org.ecosystemmap.graphql.limits;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses, before anything runs, a query that nests too deeply or asks for too much at once
 * ({@link QueryCost}). The normalized operation it counts on is the one graphql-java keeps for the request,
 * so the work is shared with everything else that reads a field's selection; fragments are counted first,
 * because spreading out fragments that spread each other twice over takes longer than any time limit.
 */
final class QueryCostLimit extends SimplePerformantInstrumentation {

    private final GraphQlLimitsProperties limits;

    QueryCostLimit(GraphQlLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        var context = parameters.getExecutionContext();
        long spread = QueryCost.spreadFields(context.getOperationDefinition(), context.getFragmentsByName());
        if (spread > limits.maxComplexity()) {
            throw LimitExceeded.error("The query asks for too much at once: its fragments spread into "
                    + (spread == Long.MAX_VALUE ? "countless" : spread) + " fields (at most " + limits.maxComplexity()
                    + "). Spread fragments fewer times.");
        }
        var cost = QueryCost.of(context.getNormalizedQueryTree().get(), context.getGraphQLSchema(), limits.assumedListSize(),
                limits.assumedValueListSize());
        if (cost.depth() > limits.maxDepth()) {
            throw LimitExceeded.error("The query nests " + cost.depth() + " levels deep; at most " + limits.maxDepth()
                    + " are allowed. Split it into several queries.");
        }
        if (cost.complexity() > limits.maxComplexity()) {
            throw LimitExceeded.error("The query asks for too much at once (complexity "
                    + (cost.complexity() == Long.MAX_VALUE ? "beyond counting" : cost.complexity()) + ", at most "
                    + limits.maxComplexity() + "): ask for smaller pages (first, limit) or fewer nested lists.");
        }
        return super.beginExecuteOperation(parameters, state);
    }
}
