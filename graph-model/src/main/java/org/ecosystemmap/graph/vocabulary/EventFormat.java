package org.ecosystemmap.graph.vocabulary;

/** How an event took place. */
public enum EventFormat {
    ONLINE, LIVE, HYBRID
}
