package org.ecosystemmap.importer.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ecosystemmap.graph.vocabulary.FacetEvidence;
import org.ecosystemmap.graph.vocabulary.SourceRef;
import org.ecosystemmap.importer.DatasetReader;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.validation.DatasetValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every fact of the bundled dataset is traceable to the report it was curated from: each source reference
 * points at lines the report has, and each quote (of an entity, a relationship or a talent-facet value)
 * is the report's own words, found in the lines it cites. Texts are compared with every run of white
 * space (line ends and no-break spaces too) as one space, because the report's lines break mid-sentence.
 */
@DisplayName("The bundled dataset's sources")
class BundledSourcesTest {

    private static final String REPORT = "jaarverslag-2021.txt";

    /** A quote with where it comes from and what cites it. */
    private record Quote(String owner, String text, List<SourceRef> sources) {
    }

    private static List<String> reportLines;
    private static final List<Quote> quotes = new ArrayList<>();
    private static final List<String> references = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (var in = Objects.requireNonNull(BundledSourcesTest.class.getResourceAsStream("/datasets/jaarverslag-2021/sources/" + REPORT))) {
            reportLines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        var dataset = new DatasetValidator().validate(new DatasetReader().read(new ClasspathSource("datasets/jaarverslag-2021")));
        for (var entity : dataset.entities()) {
            var sources = refs(entity.properties().get("sources"));
            add(entity.id(), entity.properties().get("quote"), sources);
            @SuppressWarnings("unchecked")
            var evidence = (List<String>) entity.properties().getOrDefault("facetEvidence", List.of());
            for (var json : evidence) {
                var facet = FacetEvidence.fromJson(json);
                add(entity.id() + " " + facet.field() + "=" + facet.value(), facet.quote(), facet.sources().stream()
                        .map(s -> SourceRef.parseStored(s).orElseThrow()).toList());
            }
        }
        for (var relationship : dataset.relationships()) {
            add(relationship.key().toString(), relationship.properties().get("quote"), refs(relationship.properties().get("sources")));
        }
    }

    private static void add(String owner, Object quote, List<SourceRef> sources) {
        sources.forEach(s -> references.add(owner + " " + s.reference()));
        if (quote != null) {
            quotes.add(new Quote(owner, (String) quote, sources));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<SourceRef> refs(Object stored) {
        return stored == null ? List.of() : ((List<String>) stored).stream().map(s -> SourceRef.parseStored(s).orElseThrow()).toList();
    }

    @Test
    @DisplayName("cite only lines the report has")
    void referencesLieWithinTheReport() {
        var outside = references.stream().filter(r -> {
            var ref = SourceRef.parse(r.substring(r.lastIndexOf(' ') + 1)).orElseThrow();
            return !ref.document().equals(REPORT) || ref.lineTo() > reportLines.size();
        }).toList();

        assertThat(references).hasSizeGreaterThan(1000);
        assertThat(outside).as("references beyond the report's " + reportLines.size() + " lines").isEmpty();
    }

    @Test
    @DisplayName("quote the report word for word")
    void quotesAreInTheReport() {
        var report = normalised(String.join("\n", reportLines));

        var missing = quotes.stream().filter(q -> !report.contains(normalised(q.text()))).map(q -> q.owner() + ": " + q.text()).toList();

        assertThat(quotes).hasSizeGreaterThan(300);
        assertThat(missing).as("quotes the report does not hold").isEmpty();
    }

    @Test
    @DisplayName("quote words found in the lines they cite")
    void quotesAreInTheCitedLines() {
        var misplaced = quotes.stream()
                .filter(q -> q.sources().stream().noneMatch(ref -> normalised(lines(ref)).contains(normalised(q.text()))))
                .map(q -> q.owner() + " cites " + q.sources().stream().map(SourceRef::lines).toList() + " for: " + q.text())
                .toList();

        assertThat(misplaced).as("quotes not within any of the lines they cite").isEmpty();
    }

    private static String lines(SourceRef ref) {
        if (ref.lineTo() > reportLines.size()) {
            return "";
        }
        return String.join("\n", reportLines.subList(ref.lineFrom() - 1, ref.lineTo()));
    }

    private static String normalised(String text) {
        // (?U): any Unicode white space, such as the narrow no-break spaces the PDF extraction left.
        return text.replaceAll("(?U)\\s+", " ").strip();
    }
}
