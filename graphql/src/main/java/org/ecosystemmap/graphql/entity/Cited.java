package org.ecosystemmap.graphql.entity;

import java.util.List;

/** A fact as stored with its sources: a relationship seen from one end ({@code Relation}) or recorded ({@code Edge}). */
public interface Cited {

    List<String> storedSources();

    String quote();

    boolean inferred();
}
