package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * A {@code Subgraph} as the {@code neighbourhood} query answers it: its entities with the fields the client
 * selected. ({@link Subgraph} is the same part of the graph with its entities whole, for export.)
 */
public record Neighbourhood(List<EntityResult> nodes, List<GraphEdge> edges, boolean truncated) {
}
