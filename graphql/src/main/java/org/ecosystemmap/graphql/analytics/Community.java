package org.ecosystemmap.graphql.analytics;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/** A cluster of entities more connected among themselves than with the rest, named after its most connected member. */
public record Community(EntityResult label, int size, List<EntityResult> members) {
}
