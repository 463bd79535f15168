package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityNode;

/** An organisation connected to every entity asked about, and the relationships that connect it. */
public record SharedPartner(EntityNode partner, List<GraphEdge> via) {
}
