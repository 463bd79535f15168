package org.ecosystemmap.graphql.limits;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.util.unit.DataSize;

/**
 * A budget on what one answer holds. Every completed field adds about the bytes it takes in the JSON answer;
 * past the budget the execution is cancelled (graphql-java fetches and completes nothing more), the partial
 * answer is dropped, and the client gets one clear error instead of megabytes. Complexity bounds what a query
 * may ask for; this bounds what it gets, whatever the data holds.
 */
final class ResponseSizeLimit extends SimplePerformantInstrumentation {

    private final DataSize maxSize;

    ResponseSizeLimit(DataSize maxSize) {
        this.maxSize = maxSize;
    }

    /** The bytes written so far for one request, and whether they went over. */
    private static final class Written implements InstrumentationState {
        final AtomicLong bytes = new AtomicLong();
        final AtomicBoolean exceeded = new AtomicBoolean();
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Written());
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        var written = (Written) state;
        var step = parameters.getExecutionStepInfo();
        long bytes = step.getField().getResultKey().length() + 4 + valueBytes(parameters.getFetchedObject(), GraphQLTypeUtil.unwrapNonNull(step.getType()));
        if (written.bytes.addAndGet(bytes) > maxSize.toBytes() && written.exceeded.compareAndSet(false, true)) {
            parameters.getExecutionContext().getExecutionInput().cancel();
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        if (!((Written) state).exceeded.get()) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(LimitExceeded.graphQlError(
                "The answer would be larger than " + maxSize.toKilobytes() + " KB (ecosystem.graphql.max-response-bytes), so the query "
                        + "was stopped: ask for smaller pages (first, limit), fewer nested lists or fewer fields.")).build());
    }

    /**
     * About the length of a value in JSON: leaves (strings, numbers, enums) with their text, objects and lists
     * with their brackets; the fields of an object count themselves when they complete.
     */
    private static long valueBytes(Object value, GraphQLType type) {
        if (value == null) {
            return 4;
        }
        if (type instanceof GraphQLList list) {
            var itemType = GraphQLTypeUtil.unwrapNonNull(list.getWrappedType());
            long bytes = 2;
            if (value instanceof Iterable<?> items) {
                for (var item : items) {
                    bytes += 1 + valueBytes(item, itemType);
                }
            } else if (value instanceof Object[] items) {
                for (var item : items) {
                    bytes += 1 + valueBytes(item, itemType);
                }
            }
            return bytes;
        }
        if (!GraphQLTypeUtil.isLeaf(type)) {
            return 2;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString().length();
        }
        return (value instanceof Enum<?> constant ? constant.name() : value.toString()).length() + 2;
    }
}
