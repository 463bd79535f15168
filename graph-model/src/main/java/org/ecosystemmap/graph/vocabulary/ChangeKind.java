package org.ecosystemmap.graph.vocabulary;

/** What changed in the ecosystem, as {@code since}, {@code until}, start and end years and statuses record it. */
public enum ChangeKind {
    /** Became a partner, member, funder or employee: a relationship's {@code since}. */
    JOINED,
    /** Stopped being one: a relationship's {@code until}. */
    LEFT,
    /** An initiative, programme or coalition started: its {@code startYear}. */
    STARTED,
    /** It ended: its {@code endYear}. */
    ENDED,
    /** It was placed with another organisation or programme to run. */
    HANDED_OVER
}
