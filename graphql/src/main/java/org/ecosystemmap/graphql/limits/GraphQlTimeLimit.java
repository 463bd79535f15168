package org.ecosystemmap.graphql.limits;

import graphql.ExecutionResult;
import java.time.Duration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * The time one GraphQL request may take ({@code ecosystem.graphql.request-timeout}), enforced on the work
 * itself. When it runs out the client is answered with a clear error, and the request is stopped
 * ({@link RequestWork#stop}): its execution is cancelled (graphql-java starts no further field and completes
 * nothing more, so nothing is serialised) and the threads still working on it are interrupted, which ends their
 * Neo4j transactions. A hostile query costs the server at most this time.
 */
final class GraphQlTimeLimit implements WebGraphQlInterceptor {

    private final Duration timeout;

    GraphQlTimeLimit(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var work = new RequestWork();
        request.configureExecutionInput((input, builder) -> {
            work.begin(input);
            return input;
        });
        // The clock runs apart from the request and stops it itself: graphql-java runs fetchers that return no
        // future on the thread that subscribes to the request, so the request can neither be timed nor be
        // cancelled through its subscription before they end.
        var clock = Mono.delay(timeout).map(tick -> {
            work.stop();
            return timedOut(request);
        });
        // A client that goes away stops its request too.
        return Mono.firstWithSignal(clock, chain.next(request).doOnCancel(work::stop));
    }

    private static WebGraphQlResponse timedOut(WebGraphQlRequest request) {
        var result = ExecutionResult.newExecutionResult().addError(LimitExceeded.graphQlError(RequestWork.TIME_LIMIT_MESSAGE)).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
