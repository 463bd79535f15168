package org.ecosystemmap.graphql.timeline;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.ChangeKind;
import org.ecosystemmap.graphql.connection.GraphEdge;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.entity.SourceCitation;

/** Something that changed in a year: the entity, the relationship that records it and its other end, if any. */
public record Change(CalendarDate date, EntityResult entity, GraphEdge relation, EntityResult other, ChangeKind what,
        List<SourceCitation> sources) {
}
