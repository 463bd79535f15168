package org.ecosystemmap.graphql.analytics;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/** An organisation worth meeting, how strongly, and the shared neighbours that explain it. */
public record Suggestion(EntityResult partner, double score, List<EntityResult> because) {
}
