package org.ecosystemmap.graphql.documents;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query text once, through graphql-java's {@link PreparsedDocumentProvider}
 * over a bounded Caffeine cache. Clients send the same few queries again and again with other variables, and
 * parsing and validating took a tenth of the request threads' time in the benchmark's profile
 * (docs/benchmarks.md). The least recently and frequently used texts go first, so a client sending ever new
 * texts cannot grow it. What depends on the variables (the complexity of {@code first: $n}) is still checked
 * for every request, by the limits' instrumentation.
 */
@Configuration(proxyBeanMethods = false)
public class ParsedDocuments {

    /** Distinct query texts kept: far more than the queries the explorer and scripts send. */
    static final int CAPACITY = 1_000;

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        var provider = provider(Caffeine.newBuilder().maximumSize(CAPACITY).build());
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }

    /** Looks a query text up in the cache, parsing and validating it the first time (once, however many ask at once). */
    static PreparsedDocumentProvider provider(Cache<String, PreparsedDocumentEntry> documents) {
        return (input, parseAndValidate) -> CompletableFuture.completedFuture(documents.get(input.getQuery(), text -> parseAndValidate.apply(input)));
    }
}
