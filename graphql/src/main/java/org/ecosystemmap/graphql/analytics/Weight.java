package org.ecosystemmap.graphql.analytics;

import org.ecosystemmap.graph.vocabulary.LinkMeaning;

/**
 * A relationship and what it counts for by the weights table: its ends and type, its meaning, whether it was
 * inferred, and its cost.
 */
public record Weight(String from, String type, String to, LinkMeaning meaning, boolean inferred, double cost) {

    public static Weight of(Link link) {
        return new Weight(link.from(), link.type().name(), link.to(), link.meaning(), link.inferred(), link.cost());
    }
}
