package org.ecosystemmap.graphql.documents;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link DocumentCache} in front of graphql-java's parsing and validation. */
@Configuration(proxyBeanMethods = false)
public class ParsedDocuments {

    /** Distinct query texts kept: far more than the queries the explorer and scripts send. */
    static final int CAPACITY = 1_000;

    @Bean
    GraphQlSourceBuilderCustomizer documentCache() {
        var cache = new DocumentCache(CAPACITY);
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
    }
}
