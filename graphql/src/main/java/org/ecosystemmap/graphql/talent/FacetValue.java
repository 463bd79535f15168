package org.ecosystemmap.graphql.talent;

/**
 * A {@code FacetValue}: a value a {@code TalentFilter} field takes, how people read it, how many
 * programmes filtering by it returns, and whether the filter already holds it.
 */
public record FacetValue(String value, String label, int count, boolean selected) {
}
