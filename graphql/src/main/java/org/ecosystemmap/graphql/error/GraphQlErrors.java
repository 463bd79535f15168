package org.ecosystemmap.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.ecosystemmap.graph.connection.ReadDeadline;
import org.ecosystemmap.graphql.limits.RequestWork;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors a client can act on, in one place: a bad argument is BAD_REQUEST
 * with what is wrong; a query stopped by the database's time limit says so; an unreachable database says
 * so. A fetcher stopped by the request's time limit ({@link RequestWork}) is not an error of its own.
 * Nothing else leaks: unexpected errors keep Spring's generic message and are logged here.
 */
@Component
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment env) {
        var cause = unwrap(exception);
        if (RequestWork.stopped(env.getGraphQlContext())) {
            // The request's time limit ended this fetcher's work; the client has had its answer.
            return error(env, ErrorType.BAD_REQUEST, RequestWork.TIME_LIMIT_MESSAGE);
        }
        if (cause instanceof BadRequestException) {
            return error(env, ErrorType.BAD_REQUEST, cause.getMessage());
        }
        if (isTimeout(cause)) {
            return error(env, ErrorType.BAD_REQUEST, RequestWork.TIME_LIMIT_MESSAGE);
        }
        if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
            log.warn("Graph database unavailable: {}", cause.getMessage());
            return error(env, ErrorType.INTERNAL_ERROR, "The graph database cannot be reached right now; try again shortly.");
        }
        if (cause instanceof TransientException) {
            log.warn("Transient database error left after retries: {}", cause.getMessage());
            return error(env, ErrorType.INTERNAL_ERROR, "The graph changed while this was read (an import is running); try again.");
        }
        if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
            // Spring Security's resolver answers these as UNAUTHORIZED or FORBIDDEN; nothing went wrong.
            return null;
        }
        log.error("Unexpected error in {}", env.getExecutionStepInfo().getPath(), cause);
        return null;
    }

    private static boolean isTimeout(Throwable cause) {
        return cause instanceof ReadDeadline.Passed
                || cause instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().contains("TransactionTimedOut");
    }

    private static Throwable unwrap(Throwable exception) {
        var cause = exception;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
