package org.ecosystemmap.graphql.entity;

import java.util.List;
import java.util.Optional;
import org.ecosystemmap.graph.vocabulary.SourceRef;

/**
 * A source reference as GraphQL shows it ({@code SourceRef}): the document, lines and section, with the
 * quote of that reference and the inferred flag of the fact it supports.
 */
public record SourceCitation(String document, String lines, int lineFrom, int lineTo, String section, String url,
        String quote, boolean inferred) {

    /**
     * The citations of one fact: its stored references, each with its own quote. A reference without one shows
     * the fact's quote, which is what a dataset written before references had quotes of their own means.
     */
    public static List<SourceCitation> of(List<String> storedSources, String factQuote, boolean inferred) {
        return storedSources.stream()
                .flatMap(stored -> SourceRef.parseStored(stored).stream())
                .map(ref -> of(ref, ref.quote() == null ? factQuote : ref.quote(), inferred))
                .toList();
    }

    /** One stored reference with its own quote; empty when there is none or it is not a reference. */
    public static Optional<SourceCitation> of(String stored, boolean inferred) {
        return Optional.ofNullable(stored).flatMap(SourceRef::parseStored).map(ref -> of(ref, ref.quote(), inferred));
    }

    private static SourceCitation of(SourceRef ref, String quote, boolean inferred) {
        return new SourceCitation(ref.document(), ref.lines(), ref.lineFrom(), ref.lineTo(), ref.section(), ref.url(), quote, inferred);
    }
}
