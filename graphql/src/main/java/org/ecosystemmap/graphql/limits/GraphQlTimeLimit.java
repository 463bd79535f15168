package org.ecosystemmap.graphql.limits;

import graphql.ExecutionResult;
import java.time.Duration;
import java.time.Instant;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * The time one GraphQL request may take ({@code ecosystem.graphql.request-timeout}), enforced on the work
 * itself. Every Neo4j transaction of the request is given what is left of the time as its timeout
 * ({@link RequestWork}), so the database ends them at the deadline. Then the client is answered with a clear
 * error and the request is stopped: its execution is cancelled, so graphql-java starts no further field and
 * completes nothing more, and nothing is serialised. A hostile query costs the server at most this time.
 */
final class GraphQlTimeLimit implements WebGraphQlInterceptor {

    private final Duration timeout;

    GraphQlTimeLimit(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var work = new RequestWork(Instant.now().plus(timeout));
        request.configureExecutionInput((input, builder) -> {
            work.begin(input);
            return input;
        });
        // The clock stops the request itself: a cancelled subscription reaches graphql-java only when the
        // execution started on the request's thread returns.
        var clock = Mono.delay(timeout).map(tick -> {
            work.stop();
            return timedOut(request);
        });
        // The request runs on the thread that received it (the web server's platform threads): handing it to
        // another thread, and its answer back through an asynchronous dispatch, cost more than the database's work
        // for a look-up once reads ran in this process. Reads end at the deadline in the database; work in memory
        // runs on threads of its own (ComputesInMemory), so the clock answers while it runs. A client that goes
        // away stops its request too.
        return Mono.firstWithSignal(clock, chain.next(request).doOnCancel(work::stop));
    }

    private static WebGraphQlResponse timedOut(WebGraphQlRequest request) {
        var result = ExecutionResult.newExecutionResult().addError(LimitExceeded.graphQlError(RequestWork.TIME_LIMIT_MESSAGE)).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
