package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityNode;

/** A chain of relationships: the entities from start to end and the relationships between them, in order. */
public record GraphPath(int length, List<EntityNode> nodes, List<GraphEdge> edges) {
}
