package org.ecosystemmap.graphql.listing;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.ecosystemmap.graph.vocabulary.GoalStatus;
import org.ecosystemmap.graph.vocabulary.GoalType;

/**
 * The filter conditions several lists share: theme, place, year and goal. Each is absent when the filter
 * leaves its field out. Unknown years count as open: an entity without {@code startYear} is not known to have
 * started later than the year asked, so it is kept.
 */
public final class SharedConditions {

    /** The {@code GoalCondition} input: entities that set a goal of this year, of one of these types, with one of these statuses. */
    public record GoalCondition(Integer year, List<GoalType> types, List<GoalStatus> statuses) {
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

    /** Entities that set a goal matching the condition, one goal meeting all its parts: its year, one of its types and statuses. */
    public static Optional<Condition> goal(GoalCondition goal) {
        if (goal == null) {
            return Optional.empty();
        }
        var types = names(goal.types());
        var statuses = names(goal.statuses());
        if (goal.year() == null && types == null && statuses == null) {
            return Optional.empty();
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("goalYear", goal.year());
        parameters.put("goalTypes", types);
        parameters.put("goalStatuses", statuses);
        return Optional.of(new Condition("""
                EXISTS {
                  MATCH (n)-[:HAS_GOAL]->(goal:Goal)
                  WHERE ($goalYear IS NULL OR goal.year = $goalYear) AND ($goalTypes IS NULL OR goal.goalType IN $goalTypes)
                    AND ($goalStatuses IS NULL OR goal.status IN $goalStatuses)
                }""", parameters));
    }

    /** The names of the values given, or null when none are (a left-out list does not restrict). */
    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).toList();
    }

    private static Optional<List<String>> present(List<String> ids) {
        return ids == null || ids.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(ids));
    }
}
