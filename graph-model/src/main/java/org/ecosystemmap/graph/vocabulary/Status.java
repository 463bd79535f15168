package org.ecosystemmap.graph.vocabulary;

/** Where an initiative or programme stands. */
public enum Status {
    PLANNED, ACTIVE, COMPLETED, STOPPED, SCALED_DOWN, HANDED_OVER
}
