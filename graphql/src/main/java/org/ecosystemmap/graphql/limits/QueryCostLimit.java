package org.ecosystemmap.graphql.limits;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses, before anything runs, a query that nests too deeply or asks for too much at once
 * ({@link QueryCost}). The normalized operation it counts on is the one graphql-java keeps for the request,
 * so the work is shared with everything else that reads a field's selection.
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
        QueryCost cost;
        try {
            cost = QueryCost.of(context.getNormalizedQueryTree().get(), context.getGraphQLSchema(), limits.assumedListSize());
        } catch (AbortExecutionException tooManyFields) {
            // graphql-java stops expanding an operation past its field count limit (fragments spread into each other).
            throw LimitExceeded.error("The query asks for too much at once: " + tooManyFields.getMessage()
                    + ". Ask for fewer fields, or spread fragments fewer times.");
        }
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
