package org.ecosystemmap.graph.vocabulary;

/** A goal of a year plan, or an activity planned for the year. */
public enum GoalType {
    TARGET, ACTIVITY
}
