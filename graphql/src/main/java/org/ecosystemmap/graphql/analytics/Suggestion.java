package org.ecosystemmap.graphql.analytics;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityNode;

/** An organisation worth meeting, how strongly, and the shared neighbours that explain it. */
public record Suggestion(EntityNode partner, double score, List<EntityNode> because) {
}
