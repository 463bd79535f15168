package org.ecosystemmap.graphql.analytics;

import org.ecosystemmap.graphql.entity.EntityNode;

/** An entity with its score and rank; entities with equal scores share a rank. */
public record Ranked(EntityNode entity, double score, int rank) {
}
