package org.ecosystemmap.graphql.limits;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.List;
import org.springframework.graphql.execution.ErrorType;

/** The error of a request refused or stopped for exceeding a limit: BAD_REQUEST, with what to change. */
final class LimitExceeded {

    private LimitExceeded() {
    }

    /** Thrown before execution, it refuses the whole request with this error. */
    static AbortExecutionException error(String message) {
        return new AbortExecutionException(List.of(graphQlError(message)));
    }

    static GraphQLError graphQlError(String message) {
        return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
    }
}
