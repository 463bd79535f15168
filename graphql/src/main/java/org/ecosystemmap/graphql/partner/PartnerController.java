package org.ecosystemmap.graphql.partner;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.PartnerType;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.listing.Condition;
import org.ecosystemmap.graphql.listing.EntityLists;
import org.ecosystemmap.graphql.listing.SharedConditions;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The partners list. The fields of a partner are relationships; see {@code RelatedField}. */
@Controller
public class PartnerController {

    /** The {@code PartnerFilter} input. */
    public record PartnerFilter(String text, List<PartnerType> types, List<String> themes, List<String> places, Integer year) {
        List<Condition> conditions() {
            var conditions = new ArrayList<Condition>();
            if (types != null && !types.isEmpty()) {
                conditions.add(Condition.of("n.type IN $types", "types", types.stream().map(Enum::name).toList()));
            }
            SharedConditions.themes(themes).ifPresent(conditions::add);
            SharedConditions.places(places).ifPresent(conditions::add);
            SharedConditions.takingPartIn(year).ifPresent(conditions::add);
            return conditions;
        }
    }

    @QueryMapping
    public Connection<EntityResult> partners(@Argument PartnerFilter filter, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        var f = filter == null ? new PartnerFilter(null, null, null, null, null) : filter;
        return RequestReads.of(env).run(EntityLists.list(EntityKind.PARTNER, f.text(), f.conditions(), PageRequest.of(first, after, 20), Selection.of(env)));
    }
}
