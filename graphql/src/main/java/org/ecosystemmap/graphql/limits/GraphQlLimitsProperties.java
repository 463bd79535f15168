package org.ecosystemmap.graphql.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one request from knocking the server over. A request beyond any of them gets a
 * BAD_REQUEST error saying which limit and by how much.
 *
 * @param maxDepth how deeply fields may nest
 * @param maxComplexity the most work a request may ask for ({@link QueryCost}): every field costs 1, and a list
 *     multiplies the cost of what it selects by its size
 * @param maxAliases how many aliased fields one request may hold
 * @param assumedListSize what a list of entities (or of items that hold entities) without {@code first},
 *     {@code limit} or {@code ids} is assumed to return
 * @param assumedValueListSize what a list of plain values (sources, aliases, facets ...) is assumed to hold
 * @param maxResponseBytes the most one answer may hold, about as written in JSON; a query whose answer grows past
 *     it is stopped
 * @param requestTimeout the most time one request may take, its database work included; a request still running
 *     then is stopped
 */
@ConfigurationProperties("ecosystem.graphql")
public record GraphQlLimitsProperties(Integer maxDepth, Long maxComplexity, Integer maxAliases, Integer assumedListSize,
        Integer assumedValueListSize, DataSize maxResponseBytes, Duration requestTimeout) {

    public GraphQlLimitsProperties {
        maxDepth = maxDepth == null ? 15 : maxDepth;
        maxComplexity = maxComplexity == null ? 50_000 : maxComplexity;
        maxAliases = maxAliases == null ? 30 : maxAliases;
        assumedListSize = assumedListSize == null ? 10 : assumedListSize;
        assumedValueListSize = assumedValueListSize == null ? 3 : assumedValueListSize;
        maxResponseBytes = maxResponseBytes == null ? DataSize.ofMegabytes(5) : maxResponseBytes;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
    }
}
