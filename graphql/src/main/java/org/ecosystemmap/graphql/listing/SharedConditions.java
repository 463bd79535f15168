package org.ecosystemmap.graphql.listing;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.ecosystemmap.graph.vocabulary.GoalStatus;

/**
 * The filter conditions several lists share: theme, place, year and goal. Each is absent when the filter
 * leaves its field out. Unknown years count as open: an entity without {@code startYear} is not known to have
 * started later than the year asked, so it is kept.
 */
public final class SharedConditions {

    /** The {@code GoalCondition} input: entities that set a goal of this year, with one of these statuses. */
    public record GoalCondition(Integer year, List<GoalStatus> statuses) {
    }

    private SharedConditions() {
    }

    /** Entities about any of these themes. */
    public static Optional<Condition> themes(List<String> themeIds) {
        return present(themeIds).map(ids -> Condition.of("""
                EXISTS { MATCH (n)-[:HAS_THEME]->(theme:Theme) WHERE theme.id IN $themes }""", "themes", ids));
    }

    /** Entities located in any of these places or in a place within one of them, at any depth (PART_OF). */
    public static Optional<Condition> places(List<String> placeIds) {
        return present(placeIds).map(ids -> Condition.of("""
                EXISTS { MATCH (n)-[:LOCATED_IN]->(:Place)-[:PART_OF]->*(place:Place) WHERE place.id IN $places }""", "places", ids));
    }

    /** Entities running in that year: not started after it and not ended before it. */
    public static Optional<Condition> runningIn(Integer year) {
        return Optional.ofNullable(year).map(y -> Condition.of("""
                (n.startYear IS NULL OR n.startYear <= $year) AND (n.endYear IS NULL OR n.endYear >= $year)""", "year", y));
    }

    /**
     * Organisations that took part in something in that year: a PARTNER_IN, MEMBER_OF, RUNS or FUNDS
     * relationship holding in the year, to something running in the year.
     */
    public static Optional<Condition> takingPartIn(Integer year) {
        return Optional.ofNullable(year).map(y -> Condition.of("""
                EXISTS {
                  MATCH (n)-[r:PARTNER_IN|MEMBER_OF|RUNS|FUNDS]->(x:Entity)
                  WHERE (r.since IS NULL OR r.since <= $year) AND (r.until IS NULL OR r.until >= $year)
                    AND (x.startYear IS NULL OR x.startYear <= $year) AND (x.endYear IS NULL OR x.endYear >= $year)
                }""", "year", y));
    }

    /** Entities that set a goal matching the condition: of its year, with one of its statuses. */
    public static Optional<Condition> goal(GoalCondition goal) {
        if (goal == null || (goal.year() == null && (goal.statuses() == null || goal.statuses().isEmpty()))) {
            return Optional.empty();
        }
        var statuses = goal.statuses() == null || goal.statuses().isEmpty() ? null : goal.statuses().stream().map(Enum::name).toList();
        var parameters = new HashMap<String, Object>();
        parameters.put("goalYear", goal.year());
        parameters.put("goalStatuses", statuses);
        return Optional.of(new Condition("""
                EXISTS {
                  MATCH (n)-[:HAS_GOAL]->(goal:Goal)
                  WHERE ($goalYear IS NULL OR goal.year = $goalYear) AND ($goalStatuses IS NULL OR goal.status IN $goalStatuses)
                }""", parameters));
    }

    private static Optional<List<String>> present(List<String> ids) {
        return ids == null || ids.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(ids));
    }
}
