package org.ecosystemmap.api.web;

import java.io.IOException;
import java.util.List;
import org.ecosystemmap.graphql.limits.GraphQlLimitsProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.AsyncServerResponse;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /graphql} as Spring Boot sets it up, except that what it refuses is refused in the API's error shape
 * ({@link ApiErrors}): a body of JSON {@code null} (which Spring for GraphQL would meet with a null pointer), a
 * GET or HEAD, a body that is not JSON, an {@code Accept} it cannot answer. Boot's own routes answer these with an
 * empty body or a 500.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlEndpoint {

    private static final List<MediaType> READS = List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/graphql"));
    private static final List<MediaType> WRITES = List.of(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON,
            MediaType.parseMediaType("application/graphql+json"));

    /**
     * Answers a request whose execution has finished by the time the handler returns (every request that only
     * reads the graph: it runs on the receiving thread) at once, instead of through Spring's asynchronous
     * dispatch, which would pass it through the servlet's filter chain and dispatcher a second time. A request
     * still at work (analytics in memory, which the time limit may have to answer first) is answered asynchronously.
     */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new GraphQlHttpHandler(handler, new NoNullBody(new JacksonJsonHttpMessageConverter())) {
            @Override
            protected ServerResponse prepareResponse(ServerRequest request, Mono<WebGraphQlResponse> response) {
                var answer = response.toFuture();
                var prepared = super.prepareResponse(request, Mono.fromFuture(answer));
                return answer.isDone() && !answer.isCompletedExceptionally() && prepared instanceof AsyncServerResponse async ? async.block() : prepared;
            }
        };
    }

    /**
     * The GraphQL time limit answers a request that runs too long; the servlet container's own limit on
     * asynchronous requests, which would answer it with a bare 503, comes after it.
     */
    @Bean
    WebMvcConfigurer asyncTimeoutAfterTheGraphQlTimeLimit(GraphQlLimitsProperties limits) {
        return new WebMvcConfigurer() {
            @Override
            public void configureAsyncSupport(AsyncSupportConfigurer async) {
                async.setDefaultTimeout(limits.requestTimeout().plusSeconds(5).toMillis());
            }
        };
    }

    /** Before Boot's routes, which answer these requests themselves with an empty body. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlMisuse(@Value("${spring.graphql.http.path:/graphql}") String path) {
        return RouterFunctions.route()
                .route(RequestPredicates.path(path).and(RequestPredicates.method(HttpMethod.GET).or(RequestPredicates.method(HttpMethod.HEAD))), request -> {
                    throw new HttpRequestMethodNotSupportedException(request.method().name(), List.of("POST"));
                })
                .POST(path, RequestPredicates.contentType(READS.toArray(MediaType[]::new)).negate(), request -> {
                    throw new HttpMediaTypeNotSupportedException(request.headers().contentType().orElse(null), READS, HttpMethod.POST);
                })
                .POST(path, RequestPredicates.accept(WRITES.toArray(MediaType[]::new)).negate(), request -> {
                    throw new HttpMediaTypeNotAcceptableException(WRITES);
                })
                .build();
    }

    /** Reads the body as JSON, and refuses one that is JSON {@code null}. */
    private record NoNullBody(HttpMessageConverter<Object> json) implements HttpMessageConverter<Object> {

        @Override
        public boolean canRead(Class<?> type, MediaType mediaType) {
            return json.canRead(type, mediaType);
        }

        @Override
        public boolean canWrite(Class<?> type, MediaType mediaType) {
            return json.canWrite(type, mediaType);
        }

        @Override
        public List<MediaType> getSupportedMediaTypes() {
            return json.getSupportedMediaTypes();
        }

        @Override
        public Object read(Class<?> type, HttpInputMessage input) throws IOException {
            var body = json.read(type, input);
            if (body == null) {
                throw new HttpMessageNotReadableException("the request body is JSON null", input);
            }
            return body;
        }

        @Override
        public void write(Object body, MediaType contentType, HttpOutputMessage output) throws IOException {
            json.write(body, contentType, output);
        }
    }
}
