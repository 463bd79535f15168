package org.ecosystemmap.graph.vocabulary;

/** What kind of place a place is. */
public enum PlaceType {
    COUNTRY, PROVINCE, REGION, MUNICIPALITY, DISTRICT, NEIGHBOURHOOD, SITE
}
