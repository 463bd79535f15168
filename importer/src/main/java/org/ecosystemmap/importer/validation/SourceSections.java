package org.ecosystemmap.importer.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.SourceRef;

/** The sections of the source documents a dataset names, to give each reference its section title. */
final class SourceSections {

    record Section(String document, int from, int to, String title, String url) {
        int length() {
            return to - from;
        }
    }

    private final Map<String, List<Section>> byDocument = new HashMap<>();

    void add(Section section) {
        byDocument.computeIfAbsent(section.document(), d -> new ArrayList<>()).add(section);
    }

    /** The reference in the form the graph stores, with the smallest section containing its first line. */
    String stored(String reference) {
        var ref = SourceRef.parse(reference).orElseThrow();
        return byDocument.getOrDefault(ref.document(), List.of()).stream()
                .filter(s -> s.from() <= ref.lineFrom() && ref.lineFrom() <= s.to())
                .min(Comparator.comparingInt(Section::length))
                .map(s -> ref.withSection(s.title(), s.url()))
                .orElse(ref)
                .stored();
    }
}
