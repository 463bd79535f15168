package org.ecosystemmap.graphql.analytics;

import org.ecosystemmap.graph.vocabulary.LinkMeaning;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.RelationWeights;

/**
 * A relationship as the projection keeps it: its ends and type (which name it, since there is one
 * relationship of a type from one entity to another), what it means by the weights table, whether it was
 * inferred, and the years it held ({@link #OPEN} where it has no {@code since} or {@code until}).
 */
public record Link(String from, String to, RelationType type, LinkMeaning meaning, boolean inferred, int since, int until) {

    /** A side of a relationship's years that it does not state. */
    public static final int OPEN = Integer.MIN_VALUE;

    /** What it costs to pass through, by the weights table. */
    public double cost() {
        return RelationWeights.cost(meaning, inferred);
    }

    /** Whether it held in the year: started by then and not ended before; any year when {@code year} is null. */
    public boolean holdsIn(Integer year) {
        return year == null || ((since == OPEN || since <= year) && (until == OPEN || until >= year));
    }

    /** The other end, seen from one. */
    public String other(String end) {
        return end.equals(from) ? to : from;
    }
}
