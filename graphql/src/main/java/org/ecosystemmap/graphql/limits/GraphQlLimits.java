package org.ecosystemmap.graphql.limits;

import graphql.execution.instrumentation.Instrumentation;
import io.micrometer.context.ContextRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * The request limits, configured once for the whole schema: graphql-java instrumentation for what a query may
 * ask for and what its answer may hold, and an interceptor for the time a request may take.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
public class GraphQlLimits {

    @Bean
    Instrumentation queryCostLimit(GraphQlLimitsProperties limits) {
        return new QueryCostLimit(limits);
    }

    @Bean
    Instrumentation aliasLimit(GraphQlLimitsProperties limits) {
        return new AliasLimit(limits.maxAliases());
    }

    @Bean
    Instrumentation responseSizeLimit(GraphQlLimitsProperties limits) {
        return new ResponseSizeLimit(limits.maxResponseBytes());
    }

    /** First of the interceptors, so that the time limit covers the others too. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebGraphQlInterceptor graphQlTimeLimit(GraphQlLimitsProperties limits) {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new RequestWork.Accessor());
        return new GraphQlTimeLimit(limits.requestTimeout());
    }
}
