package org.ecosystemmap.graphql.timeline;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Time in the map: what changed between two dates, and the years in which anything did. */
@Controller
public class TimelineController {

    private final ChangesQuery changes;

    TimelineController(ChangesQuery changes) {
        this.changes = changes;
    }

    @QueryMapping
    public List<Change> changes(@Argument CalendarDate from, @Argument CalendarDate to, @Argument List<EntityKind> kinds) {
        return changes.between(from, to, kinds);
    }

    @QueryMapping
    public List<Integer> timeline() {
        return changes.years();
    }
}
