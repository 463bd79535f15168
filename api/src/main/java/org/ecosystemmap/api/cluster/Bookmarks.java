package org.ecosystemmap.api.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.ecosystemmap.api.web.FilterErrors;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * Causal consistency across application replicas behind a load balancer, when the graph is a cluster (a
 * routed {@code neo4j://} address). Every GraphQL response carries the bookmarks of the latest writes in
 * {@value #HEADER}, as every upload does; a request that sends them back is answered only once the database
 * member it reads from has those writes. Within one replica every read already waits for the replica's own
 * writes, and on one server (embedded, or {@code bolt://}) every read sees every committed write, so there
 * GraphQL requests neither carry nor read bookmarks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${ecosystem.neo4j.uri:}'.startsWith('neo4j')")
public class Bookmarks {

    /** The header that carries Neo4j bookmarks, comma-separated, in both directions. */
    public static final String HEADER = "X-Neo4j-Bookmarks";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> bookmarksFromClients(EcosystemGraph graph, FilterErrors errors) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    graph.awaitBookmarks(parse(Collections.list(request.getHeaders(HEADER))));
                } catch (IllegalArgumentException e) {
                    errors.refuse(request, response, new ResponseStatusException(HttpStatus.BAD_REQUEST,
                            HEADER + " holds bookmarks this database does not know: send back only those a response gave you."));
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/graphql", "/datasets", "/export");
        return registration;
    }

    @Bean
    WebGraphQlInterceptor bookmarksToClients(EcosystemGraph graph) {
        return (request, chain) -> chain.next(request)
                .doOnNext(response -> response.getResponseHeaders().put(HEADER, List.of(String.join(",", graph.bookmarks()))));
    }

    static List<String> parse(List<String> headers) {
        return headers.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
