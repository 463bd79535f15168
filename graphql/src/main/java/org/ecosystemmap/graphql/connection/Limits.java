package org.ecosystemmap.graphql.connection;

/**
 * The bounds of the connection queries' arguments. Beyond them a query could touch the whole graph many
 * times over; the read timeout stops what still runs away within them.
 */
final class Limits {

    static final int MAX_DEPTH = 4;
    static final int MAX_NODES = 1000;
    static final int MAX_HOPS = 10;
    static final int MAX_PATHS = 100;
    static final int MAX_RANKED_PATHS = 20;
    static final int MAX_SHARED_IDS = 10;

    private Limits() {
    }
}
