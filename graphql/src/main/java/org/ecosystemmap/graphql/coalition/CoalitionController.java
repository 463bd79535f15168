package org.ecosystemmap.graphql.coalition;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.CoalitionType;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.listing.Condition;
import org.ecosystemmap.graphql.listing.EntityLists;
import org.ecosystemmap.graphql.listing.SharedConditions.GoalCondition;
import org.ecosystemmap.graphql.listing.SharedConditions;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The coalitions list. */
@Controller
public class CoalitionController {

    /** The {@code CoalitionFilter} input. */
    public record CoalitionFilter(String text, List<CoalitionType> types, List<String> themes, List<String> places, Integer year,
            GoalCondition goal) {
        List<Condition> conditions() {
            var conditions = new ArrayList<Condition>();
            if (types != null && !types.isEmpty()) {
                conditions.add(Condition.of("n.type IN $types", "types", types.stream().map(Enum::name).toList()));
            }
            SharedConditions.themes(themes).ifPresent(conditions::add);
            SharedConditions.places(places).ifPresent(conditions::add);
            SharedConditions.runningIn(year).ifPresent(conditions::add);
            SharedConditions.goal(goal).ifPresent(conditions::add);
            return conditions;
        }
    }

    @QueryMapping
    public Connection<EntityResult> coalitions(@Argument CoalitionFilter filter, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        var f = filter == null ? new CoalitionFilter(null, null, null, null, null, null) : filter;
        return RequestReads.of(env).run(EntityLists.list(EntityKind.COALITION, f.text(), f.conditions(), PageRequest.of(first, after, 20), Selection.of(env)));
    }
}
