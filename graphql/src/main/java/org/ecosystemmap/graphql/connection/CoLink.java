package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * Two entities linked because they share participants (or, the other way round, because they take part in
 * the same things): how many they share, which, and the relationships that make them shared.
 */
public record CoLink(EntityResult a, EntityResult b, int weight, List<EntityResult> via, List<GraphEdge> edges) {
}
