package org.ecosystemmap.graph.vocabulary;

/** What kind of group a coalition is. */
public enum CoalitionType {
    CONSORTIUM, COALITION, GREEN_DEAL, NETWORK, COUNCIL, BOARD, COMMUNITY, WORKING_GROUP
}
