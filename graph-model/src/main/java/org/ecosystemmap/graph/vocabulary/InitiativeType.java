package org.ecosystemmap.graph.vocabulary;

/** What kind of initiative an initiative is. */
public enum InitiativeType {
    INITIATIVE, PROGRAMME, SUB_INITIATIVE, PROJECT, PILOT, TOOL, TRACK, PLATFORM, AGENDA
}
