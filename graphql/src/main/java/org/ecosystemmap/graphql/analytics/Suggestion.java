package org.ecosystemmap.graphql.analytics;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityNode;

/**
 * An organisation worth meeting, how strongly, the shared neighbours that explain it (the one that adds most
 * first), and for each the weights that made it count.
 */
public record Suggestion(EntityNode partner, double score, List<EntityNode> because, List<SuggestionReason> reasons) {
}
