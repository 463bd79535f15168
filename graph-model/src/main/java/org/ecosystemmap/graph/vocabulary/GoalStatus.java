package org.ecosystemmap.graph.vocabulary;

/** How far a goal was reached; the report's green, orange and red. */
public enum GoalStatus {
    ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, UNKNOWN
}
