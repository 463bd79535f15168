package org.ecosystemmap.graphql.request;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Field;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.springframework.stereotype.Component;

/**
 * Gives every GraphQL request its {@link RequestReads}, tells it when the operation has one root field, and ends
 * its transaction when the request is answered.
 */
@Component
public class RequestTransaction extends SimplePerformantInstrumentation {

    private final EcosystemGraph graph;

    public RequestTransaction(EcosystemGraph graph) {
        this.graph = graph;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        var reads = new RequestReads(graph);
        parameters.getGraphQLContext().put(RequestReads.key(), reads);
        return SimpleInstrumentationContext.whenCompleted((result, error) -> reads.close());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        var context = parameters.getExecutionContext();
        var selections = context.getOperationDefinition().getSelectionSet().getSelections();
        if (selections.size() == 1 && selections.getFirst() instanceof Field) {
            RequestReads.of(context.getGraphQLContext()).oneRootField();
        }
        return null;
    }
}
