package org.ecosystemmap.graphql.goal;

import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.SourceCitation;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The fields of a goal that are more than one of its properties. */
@Controller
public class GoalController {

    /** The words settling the status: the goal's {@code statusQuote} property, one stored reference with its quote. */
    @SchemaMapping(typeName = "Goal")
    public SourceCitation statusQuote(EntityNode goal) {
        return SourceCitation.of((String) goal.properties().get("statusQuote"), goal.inferred()).orElse(null);
    }
}
