package org.ecosystemmap.graph.search;

import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.Language;

/**
 * The fields of an entity that search looks in, in the order a hit reports them (the first field that
 * holds every word is where it matched), each in the language its text is written in and worded for people
 * in English and Dutch. Names are searched in both languages.
 */
public enum SearchField {

    NAME("name", null, new Label("name", "naam")),
    ALIASES("aliases", null, new Label("other name", "andere naam")),
    NAME_NL("nameNl", Language.NL, new Label("Dutch name", "Nederlandse naam")),
    NAME_EN("nameEn", Language.EN, new Label("English name", "Engelse naam")),
    DESCRIPTION_NL("descriptionNl", Language.NL, new Label("Dutch description", "beschrijving")),
    DESCRIPTION("description", Language.EN, new Label("description", "Engelse beschrijving")),
    PLANNED("planned", Language.NL, new Label("what was planned", "voornemen")),
    RESULT("result", Language.NL, new Label("result", "resultaat")),
    STATUS_QUOTE("statusQuote", Language.NL, new Label("the report's words on the status", "woorden van het verslag over de status")),
    QUOTE("quote", Language.NL, new Label("quote", "citaat")),
    SOURCE_QUOTE("sources", Language.NL, new Label("quote of a source", "citaat uit een bron")),
    FACET_NL("facets", Language.NL, new Label("talent facet (Dutch)", "kenmerk van het programma")),
    FACET_EN("facets", Language.EN, new Label("talent facet", "kenmerk van het programma (Engels)")),
    FACET_QUOTE("facetEvidence", Language.NL, new Label("quote for a talent facet", "citaat bij een kenmerk"));

    private final String property;
    private final Language language;
    private final Label label;

    SearchField(String property, Language language, Label label) {
        this.property = property;
        this.language = language;
        this.label = label;
    }

    /** The graph property the text comes from ({@code facets}: the programme's facet values, worded). */
    public String property() {
        return property;
    }

    /** Whether the field's text is searched as Dutch (names: in both languages). */
    public boolean dutch() {
        return language != Language.EN;
    }

    /** Whether the field's text is searched as English (names: in both languages). */
    public boolean english() {
        return language != Language.NL;
    }

    public Label label() {
        return label;
    }
}
