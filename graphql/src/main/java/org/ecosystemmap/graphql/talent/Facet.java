package org.ecosystemmap.graphql.talent;

import java.util.List;

/** A {@code Facet}: the values of one {@code TalentFilter} field among the programmes, with their counts. */
public record Facet(String field, List<FacetValue> values) {
}
