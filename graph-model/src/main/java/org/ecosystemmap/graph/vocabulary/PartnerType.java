package org.ecosystemmap.graph.vocabulary;

/** The type of organisation a partner is. */
public enum PartnerType {
    GOVERNMENT, KNOWLEDGE_INSTITUTION, EDUCATION, HEALTHCARE, COMPANY, NON_PROFIT, NETWORK, MEDIA, OTHER
}
