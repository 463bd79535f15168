package org.ecosystemmap.graphql.talent;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ecosystemmap.graph.vocabulary.FacetEvidence;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.TalentFacet;
import org.ecosystemmap.graph.vocabulary.Term;
import org.ecosystemmap.graphql.entity.ComputedField;
import org.ecosystemmap.graphql.entity.EntityNode;
import org.ecosystemmap.graphql.entity.SourceCitation;

/**
 * A {@code ProgrammeFacet}: the values one programme has for a facet field, each with the source lines and
 * the words it rests on. Read from the programme's own properties, so a page of programmes costs no query.
 */
public record ProgrammeFacet(String field, List<Value> values) {

    /** A {@code ProgrammeFacetValue}. */
    public record Value(String value, Label label, List<SourceCitation> sources) {
    }

    /** {@code TalentProgramme.facets}: computed from the facet properties and their evidence. */
    public static final ComputedField FIELD = new ComputedField(
            Stream.concat(Arrays.stream(TalentFacet.values()).map(TalentFacet::field), Stream.of("facetEvidence")).toList(),
            ProgrammeFacet::of);

    /** Every facet field in vocabulary order, each with the programme's values in vocabulary order. */
    static List<ProgrammeFacet> of(Map<String, Object> properties) {
        var evidence = new HashMap<String, FacetEvidence>();
        EntityNode.strings(properties.get("facetEvidence")).stream().map(FacetEvidence::fromJson)
                .forEach(e -> evidence.put(e.field() + "=" + e.value(), e));
        return Arrays.stream(TalentFacet.values()).map(facet -> new ProgrammeFacet(facet.field(),
                EntityNode.strings(properties.get(facet.field())).stream().map(value -> {
                    var found = evidence.get(facet.field() + "=" + value);
                    var sources = found == null ? List.<SourceCitation>of() : SourceCitation.of(found.sources(), found.quote(), false);
                    return new Value(value, facet.vocabulary().term(value).map(Term::label).orElse(new Label(value, value)), sources);
                }).toList())).toList();
    }
}
