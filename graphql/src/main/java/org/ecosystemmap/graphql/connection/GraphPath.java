package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/** A chain of relationships: the entities from start to end and the relationships between them, in order. */
public record GraphPath(int length, List<EntityResult> nodes, List<GraphEdge> edges) {
}
