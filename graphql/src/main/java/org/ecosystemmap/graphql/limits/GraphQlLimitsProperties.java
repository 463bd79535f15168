package org.ecosystemmap.graphql.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that keep one request from knocking the server over. A request beyond any of them gets a
 * BAD_REQUEST error saying which limit and by how much, and is not executed.
 *
 * @param maxDepth how deeply fields may nest
 * @param maxComplexity the most work a request may ask for: every field costs 1, and a field taking
 *     {@code first} or {@code limit} multiplies the cost of what it selects by that number
 * @param maxAliases how many aliased fields one request may hold
 * @param assumedListSize what a list field without {@code first} or {@code limit} is assumed to return
 */
@ConfigurationProperties("ecosystem.graphql")
public record GraphQlLimitsProperties(Integer maxDepth, Integer maxComplexity, Integer maxAliases, Integer assumedListSize) {

    public GraphQlLimitsProperties {
        maxDepth = maxDepth == null ? 15 : maxDepth;
        maxComplexity = maxComplexity == null ? 50_000 : maxComplexity;
        maxAliases = maxAliases == null ? 30 : maxAliases;
        assumedListSize = assumedListSize == null ? 10 : assumedListSize;
    }
}
