package org.ecosystemmap.graph.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.FacetEvidence;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graph.vocabulary.SourceRef;
import org.ecosystemmap.graph.vocabulary.TalentFacet;

/**
 * The texts search looks in, derived from what an entity stores: one place for the importer, the curators'
 * mutations and the search that says where a hit matched. Each entity stores them as two properties, the
 * Dutch texts as {@value #DUTCH} and the English as {@value #ENGLISH}, accents folded, which the full-text
 * indexes read with a Dutch and an English analyzer. Derived at write time because a full-text index reads
 * node properties only: not the quotes inside {@code sources} strings, not the labels of facet values.
 */
public final class SearchTexts {

    /** The node property holding the Dutch texts: names, Dutch description, goal texts, quotes, Dutch facet labels. */
    public static final String DUTCH = "searchNl";
    /** The node property holding the English texts: names, description, English facet labels. */
    public static final String ENGLISH = "searchEn";

    /** The properties the texts are derived from: what a search that says where it matched reads of a hit. */
    public static final List<String> SOURCE_PROPERTIES = sourceProperties();

    /** One text of an entity in a field; {@code source} names the reference or facet value it belongs to, if any. */
    public record FieldText(SearchField field, String text, String source) {
    }

    private SearchTexts() {
    }

    /** The two derived properties of an entity with these stored properties; a language without text maps to null. */
    public static Map<String, Object> derive(Map<String, Object> properties) {
        var texts = of(properties);
        var derived = new LinkedHashMap<String, Object>();
        derived.put(DUTCH, joined(texts, true));
        derived.put(ENGLISH, joined(texts, false));
        return derived;
    }

    /** Every text of the entity search looks in, in {@link SearchField} order. */
    public static List<FieldText> of(Map<String, Object> properties) {
        var texts = new ArrayList<FieldText>();
        for (var field : SearchField.values()) {
            switch (field) {
                case SOURCE_QUOTE -> strings(properties.get("sources")).forEach(stored -> SourceRef.parseStored(stored)
                        .filter(ref -> ref.quote() != null)
                        .ifPresent(ref -> texts.add(new FieldText(field, ref.quote(), ref.reference()))));
                case STATUS_QUOTE -> strings(properties.get("statusQuote")).forEach(stored -> SourceRef.parseStored(stored)
                        .filter(ref -> ref.quote() != null)
                        .ifPresent(ref -> texts.add(new FieldText(field, ref.quote(), ref.reference()))));
                case FACET_NL, FACET_EN -> {
                    var language = field == SearchField.FACET_NL ? Language.NL : Language.EN;
                    for (var facet : TalentFacet.values()) {
                        for (var value : strings(properties.get(facet.field()))) {
                            facet.label(value, language).ifPresent(label -> texts.add(new FieldText(field, label, facet.field() + ": " + value)));
                        }
                    }
                }
                case FACET_QUOTE -> strings(properties.get("facetEvidence")).forEach(json -> {
                    var evidence = FacetEvidence.fromJson(json);
                    texts.add(new FieldText(field, evidence.quote(), evidence.field() + ": " + evidence.value()));
                });
                default -> strings(properties.get(field.property())).forEach(text -> texts.add(new FieldText(field, text, null)));
            }
        }
        texts.removeIf(text -> text.text() == null || text.text().isBlank());
        return texts;
    }

    private static String joined(List<FieldText> texts, boolean dutch) {
        // A line between texts, so that a phrase cannot run from one into the next.
        var joined = texts.stream().filter(t -> dutch ? t.field().dutch() : t.field().english())
                .map(t -> NameKeys.foldAccents(t.text())).distinct().collect(Collectors.joining("\n.\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static List<String> strings(Object value) {
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof List<?> list) {
            // A loop, not a stream: an import derives the texts of every entity, asking for each of its fields.
            var strings = new ArrayList<String>(list.size());
            for (var element : list) {
                if (element instanceof String text) {
                    strings.add(text);
                }
            }
            return strings;
        }
        if (value instanceof String[] array) {
            return List.of(array);
        }
        return List.of();
    }

    private static List<String> sourceProperties() {
        var names = new ArrayList<String>();
        for (var field : SearchField.values()) {
            if (field == SearchField.FACET_NL || field == SearchField.FACET_EN) {
                for (var facet : TalentFacet.values()) {
                    if (!names.contains(facet.field())) {
                        names.add(facet.field());
                    }
                }
            } else if (!names.contains(field.property())) {
                names.add(field.property());
            }
        }
        return List.copyOf(names);
    }
}
