package org.ecosystemmap.graphql.analytics;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * An organisation worth meeting, how strongly, the shared neighbours that explain it (the one that adds most
 * first), and for each the weights that made it count.
 */
public record Suggestion(EntityResult partner, double score, List<EntityResult> because, List<SuggestionReason> reasons) {
}
