package org.ecosystemmap.graph.vocabulary;

/**
 * What a relationship means for a connection between two entities, and what it costs to pass through it:
 * working together is cheap, sharing a place, a theme or a mention is dear. {@link RelationWeights} gives
 * every relationship its meaning; the costs are the weights of ranked paths, weighted brokers and partner
 * suggestions. {@link #takesPart()} says whether the relationship makes its start a participant of its end,
 * as shared partners and co-participation count them.
 */
public enum LinkMeaning {

    /** Takes part in, is a member of, funds, works at. */
    WORKING(1.0, true),
    /** Runs, leads or hosts: the owner of what it runs rather than a participant in it. */
    RUNNING(1.0, false),
    /** A part and its whole: a sub-initiative, track or pilot, a consortium behind an initiative, a unit of an organisation. */
    PART_AND_WHOLE(1.5, false),
    /** An explicit link of another kind: works with, links with, is lodged with, advises on. */
    OTHER_LINK(2.0, true),
    /** Planned, intended, applied for or not (yet) realised, as the relationship's role says. */
    INTENDED(3.0, false),
    /** A goal and the initiative that set it. */
    GOAL(3.0, false),
    /** Media coverage, a publication or a name in a list, as the relationship's role says: a passing mention. */
    MENTION(4.0, false),
    /** Located or running in a place. */
    LOCATION(4.0, false),
    /** About a theme. */
    THEME(5.0, false),
    /** A place within a place. */
    PLACE_CONTAINMENT(6.0, false);

    private final double cost;
    private final boolean takesPart;

    LinkMeaning(double cost, boolean takesPart) {
        this.cost = cost;
        this.takesPart = takesPart;
    }

    /** The cost of passing through a relationship of this meaning that was stated, not inferred. */
    public double cost() {
        return cost;
    }

    /** Whether a relationship of this meaning makes one end a participant of the other. */
    public boolean takesPart() {
        return takesPart;
    }
}
