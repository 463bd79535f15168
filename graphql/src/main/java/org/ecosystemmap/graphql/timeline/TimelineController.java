package org.ecosystemmap.graphql.timeline;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Time in the map: what changed between two dates, and the years in which anything did. */
@Controller
public class TimelineController {

    @QueryMapping
    public List<Change> changes(@Argument CalendarDate from, @Argument CalendarDate to, @Argument List<EntityKind> kinds,
            DataFetchingEnvironment env) {
        return RequestReads.of(env).run(ChangesQuery.between(from, to, kinds, Selection.of(env)));
    }

    @QueryMapping
    public List<Integer> timeline(DataFetchingEnvironment env) {
        return RequestReads.of(env).run(ChangesQuery.years());
    }
}
