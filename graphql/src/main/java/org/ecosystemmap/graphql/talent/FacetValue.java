package org.ecosystemmap.graphql.talent;

import org.ecosystemmap.graph.vocabulary.Label;

/**
 * A {@code FacetValue}: a value a {@code TalentFilter} field takes, how people read it in English and
 * Dutch, how many programmes filtering by it returns, and whether the filter already holds it.
 */
public record FacetValue(String value, Label label, int count, boolean selected) {
}
