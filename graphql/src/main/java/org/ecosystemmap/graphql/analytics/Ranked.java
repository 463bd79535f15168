package org.ecosystemmap.graphql.analytics;

import org.ecosystemmap.graphql.entity.EntityResult;

/** An entity with its score and rank; entities with equal scores share a rank. */
public record Ranked(EntityResult entity, double score, int rank) {
}
