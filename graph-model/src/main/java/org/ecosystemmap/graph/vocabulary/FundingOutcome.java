package org.ecosystemmap.graph.vocabulary;

/** Where a funding stands. */
public enum FundingOutcome {
    APPLIED, GRANTED, REJECTED, COMMITTED, RAISED
}
