package org.ecosystemmap.graphql.analytics;

import java.util.Collection;

/**
 * The first and last year any relationship of a graph states. Every year before the first gives the same
 * view of the graph, as does every year after the last, so views are kept per year of this range only.
 */
record YearRange(int first, int last) {

    static final YearRange NONE = new YearRange(Link.OPEN, Link.OPEN);

    static YearRange of(Collection<Link> links) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (var link : links) {
            for (int year : new int[] {link.since(), link.until()}) {
                if (year != Link.OPEN) {
                    first = Math.min(first, year);
                    last = Math.max(last, year);
                }
            }
        }
        return first > last ? NONE : new YearRange(first, last);
    }

    /** The year that gives the same view as {@code year} and lies at most one year outside the range; null for no year. */
    Integer normalise(Integer year) {
        if (year == null || this == NONE) {
            return null;
        }
        return Math.max(first - 1, Math.min(last + 1, year));
    }
}
