package org.ecosystemmap.graph.sources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.SourceRef;

/**
 * The sections of source documents, by line range, that give each source reference its section title and
 * address: a reference gets the smallest section containing its first line. A dataset names them in
 * {@code sections.csv}; the graph keeps them ({@link StoredSections}) for the curators' references.
 */
public final class SourceSections {

    /** A section of a document: its first and last line, its title and where it can be read online (or null). */
    public record Section(String document, int from, int to, String title, String url) {
        int length() {
            return to - from;
        }
    }

    private final Map<String, List<Section>> byDocument = new HashMap<>();

    /** No sections: references are stored as given. */
    public static SourceSections none() {
        return new SourceSections();
    }

    public static SourceSections of(Collection<Section> sections) {
        var all = new SourceSections();
        sections.forEach(all::add);
        return all;
    }

    public void add(Section section) {
        byDocument.computeIfAbsent(section.document(), d -> new ArrayList<>()).add(section);
    }

    /** Every section, grouped by document. */
    public List<Section> all() {
        return byDocument.values().stream().flatMap(List::stream).toList();
    }

    /**
     * A valid reference in the form the graph stores, with the smallest section containing its first line.
     *
     * @throws java.util.NoSuchElementException when the reference is not valid
     */
    public String stored(String reference) {
        var ref = SourceRef.parse(reference).orElseThrow();
        return byDocument.getOrDefault(ref.document(), List.of()).stream()
                .filter(s -> s.from() <= ref.lineFrom() && ref.lineFrom() <= s.to())
                .min(Comparator.comparingInt(Section::length).thenComparing(Section::title))
                .map(s -> ref.withSection(s.title(), s.url()))
                .orElse(ref)
                .stored();
    }
}
