package org.ecosystemmap.graphql.entity;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.SourceRef;

/**
 * A source reference as GraphQL shows it ({@code SourceRef}): the document, lines and section, with the
 * quote and the inferred flag of the fact it supports.
 */
public record SourceCitation(String document, String lines, int lineFrom, int lineTo, String section, String url,
        String quote, boolean inferred) {

    /** The properties of a node or relationship that its citations are made of. */
    public static final List<String> PROPERTIES = List.of("sources", "quote", "inferred");

    /** The citations of one fact: its stored references, each with the fact's quote and inferred flag. */
    public static List<SourceCitation> of(List<String> storedSources, String quote, boolean inferred) {
        return storedSources.stream()
                .flatMap(stored -> SourceRef.parseStored(stored).stream())
                .map(ref -> new SourceCitation(ref.document(), ref.lines(), ref.lineFrom(), ref.lineTo(), ref.section(), ref.url(),
                        quote, inferred))
                .toList();
    }

    /** The citations of a fact from its {@link #PROPERTIES}. */
    public static List<SourceCitation> of(Map<String, Object> properties) {
        return of(EntityNode.strings(properties.get("sources")), (String) properties.get("quote"), Boolean.TRUE.equals(properties.get("inferred")));
    }
}
