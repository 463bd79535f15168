package org.ecosystemmap.graphql.request;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.springframework.stereotype.Component;

/** Gives every GraphQL request its {@link RequestReads}, and ends its transaction when the request is answered. */
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
}
