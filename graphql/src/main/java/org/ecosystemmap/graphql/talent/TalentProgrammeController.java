package org.ecosystemmap.graphql.talent;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;
import org.ecosystemmap.graphql.listing.EntityLists;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The talent programmes list. */
@Controller
public class TalentProgrammeController {

    /** The {@code TalentFilter} input. */
    public record TalentFilter(String text) {
    }

    private final EntityLists lists;

    public TalentProgrammeController(EntityLists lists) {
        this.lists = lists;
    }

    @QueryMapping
    public Connection<EntityNode> talentProgrammes(@Argument TalentFilter filter, @Argument Integer first, @Argument String after) {
        var text = filter == null ? null : filter.text();
        return lists.list(EntityKind.TALENT_PROGRAMME, text, List.of(), PageRequest.of(first, after, 20));
    }
}
