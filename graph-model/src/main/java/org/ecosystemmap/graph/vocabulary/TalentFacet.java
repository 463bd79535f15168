package org.ecosystemmap.graph.vocabulary;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facets by which people find a talent programme, each with its closed vocabulary of values (worded
 * in {@link Vocabulary}). The field names are those of the GraphQL {@code TalentFilter} and the graph
 * properties of a {@code TalentProgramme}.
 */
public enum TalentFacet {

    TARGET_GROUPS("targetGroups", Vocabulary.TARGET_GROUPS),
    SECTORS("sectors", Vocabulary.SECTORS),
    ACTIVITY_TYPES("activityTypes", Vocabulary.ACTIVITY_TYPES);

    private final String field;
    private final Vocabulary vocabulary;

    TalentFacet(String field, Vocabulary vocabulary) {
        this.field = field;
        this.vocabulary = vocabulary;
    }

    /** The filter field and graph property name, e.g. {@code targetGroups}. */
    public String field() {
        return field;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Every value in vocabulary order, with its English label. */
    public Map<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        vocabulary.terms().forEach(term -> labels.put(term.value(), term.label().en()));
        return Collections.unmodifiableMap(labels);
    }

    /** The English label of a value; empty when the value is not in the vocabulary. */
    public Optional<String> label(String value) {
        return label(value, Language.EN);
    }

    public Optional<String> label(String value, Language language) {
        return vocabulary.term(value).map(term -> term.label().in(language));
    }

    public static Optional<TalentFacet> ofField(String field) {
        return Arrays.stream(values()).filter(f -> f.field.equals(field)).findFirst();
    }
}
