package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityNode;

/** Entities and the relationships between them; {@code truncated} when a limit left entities out. */
public record Subgraph(List<EntityNode> nodes, List<GraphEdge> edges, boolean truncated) {
}
