package org.ecosystemmap.graphql.connection;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/** An organisation connected to every entity asked about, and the relationships that connect it. */
public record SharedPartner(EntityResult partner, List<GraphEdge> via) {
}
