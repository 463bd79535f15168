package org.ecosystemmap.graphql.goal;

import java.util.List;
import org.ecosystemmap.graphql.entity.ComputedField;
import org.ecosystemmap.graphql.entity.SourceCitation;

/** {@code Goal.statusQuote}: the words settling the status, one stored reference with its quote. */
public final class GoalStatusQuote {

    public static final ComputedField FIELD = new ComputedField(List.of("statusQuote", "inferred"),
            properties -> SourceCitation.of((String) properties.get("statusQuote"), Boolean.TRUE.equals(properties.get("inferred"))).orElse(null));

    private GoalStatusQuote() {
    }
}
