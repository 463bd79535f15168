package org.ecosystemmap.graphql.limits;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.List;
import org.springframework.graphql.execution.ErrorType;

/** The error of a request refused for exceeding a limit: BAD_REQUEST, with what to change. */
final class LimitExceeded {

    private LimitExceeded() {
    }

    static AbortExecutionException error(String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
    }
}
