package org.ecosystemmap.graph.vocabulary;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a talent programme carries a facet value: the source lines and the words they say. A programme
 * stores one per value, as JSON text in its {@code facetEvidence} list.
 */
public record FacetEvidence(String field, String value, List<String> sources, String quote) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public FacetEvidence {
        sources = List.copyOf(sources);
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    public static FacetEvidence fromJson(String json) {
        return JSON.readValue(json, FacetEvidence.class);
    }
}
