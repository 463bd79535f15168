package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * An entity two others both connect to directly, with how each of them connects to it, and what the cheapest of
 * each side's relationships cost together by the weights table.
 */
public record CommonGround(EntityResult entity, List<GraphEdge> withA, List<GraphEdge> withB, double cost) {
}
