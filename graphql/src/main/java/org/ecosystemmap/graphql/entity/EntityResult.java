package org.ecosystemmap.graphql.entity;

import org.ecosystemmap.graph.vocabulary.EntityKind;

/**
 * An entity in a GraphQL answer: a {@link ProjectedEntity} (the fields a client selected, read by the statement
 * compiled for its root field), or an {@link EntityNode} (a whole node, as a mutation writes it, which
 * {@link MutationResults} reads again as the client selected it). Its kind is its GraphQL type.
 */
public sealed interface EntityResult permits ProjectedEntity, EntityNode {

    EntityKind kind();
}
