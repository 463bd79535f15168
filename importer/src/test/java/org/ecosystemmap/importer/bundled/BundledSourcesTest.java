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
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.validation.DatasetValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every fact of the bundled dataset is traceable to the report it was curated from: each source reference
 * points at lines the report has and carries its own quote, the report's words within those lines; each
 * goal's status rests on quoted words; the Dutch descriptions and names are the report's own wording from
 * the lines the entity cites. Texts are compared with every run of white space (line ends and no-break
 * spaces too) as one space, because the report's lines break mid-sentence.
 */
@DisplayName("The bundled dataset's sources")
class BundledSourcesTest {

    private static final String REPORT = "jaarverslag-2021.txt";

    /** A reference with what cites it and the quote it shows: its own, or else the quote of its fact. */
    private record Citation(String owner, SourceRef ref, String quote) {
        @Override
        public String toString() {
            return owner + " " + ref.reference() + (quote == null ? "" : " \"" + quote + "\"");
        }
    }

    /** A Dutch text of an entity with the references it must lie within. */
    private record DutchText(String owner, String text, List<SourceRef> within) {
    }

    private static List<String> reportLines;
    private static Dataset dataset;
    private static final List<Citation> citations = new ArrayList<>();
    private static final List<Citation> statusQuotes = new ArrayList<>();
    private static final List<DutchText> dutchTexts = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (var in = Objects.requireNonNull(BundledSourcesTest.class.getResourceAsStream("/datasets/jaarverslag-2021/sources/" + REPORT))) {
            reportLines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        dataset = new DatasetValidator().validate(new DatasetReader().read(new ClasspathSource("datasets/jaarverslag-2021")));
        for (var entity : dataset.entities()) {
            var properties = entity.properties();
            var sources = refs(properties.get("sources"));
            add(entity.id(), properties.get("quote"), sources);
            @SuppressWarnings("unchecked")
            var evidence = (List<String>) properties.getOrDefault("facetEvidence", List.of());
            for (var json : evidence) {
                var facet = FacetEvidence.fromJson(json);
                add(entity.id() + " " + facet.field() + "=" + facet.value(), facet.quote(), refs(facet.sources()));
            }
            if (properties.get("statusQuote") instanceof String stored) {
                var ref = SourceRef.parseStored(stored).orElseThrow();
                statusQuotes.add(new Citation(entity.id() + " statusQuote", ref, ref.quote()));
            }
            if (properties.get("descriptionNl") instanceof String text) {
                for (var passage : text.split(" … ")) {
                    dutchTexts.add(new DutchText(entity.id() + " descriptionNl", passage, sources));
                }
            }
            for (var name : List.of("nameNl", "nameEn")) {
                if (properties.get(name) instanceof String text) {
                    dutchTexts.add(new DutchText(entity.id() + " " + name, text, sources));
                }
            }
        }
        for (var relationship : dataset.relationships()) {
            add(relationship.key().toString(), relationship.properties().get("quote"), refs(relationship.properties().get("sources")));
        }
    }

    private static void add(String owner, Object factQuote, List<SourceRef> sources) {
        sources.forEach(ref -> citations.add(new Citation(owner, ref, ref.quote() != null ? ref.quote() : (String) factQuote)));
    }

    @SuppressWarnings("unchecked")
    private static List<SourceRef> refs(Object stored) {
        return stored == null ? List.of() : ((List<String>) stored).stream().map(s -> SourceRef.parseStored(s).orElseThrow()).toList();
    }

    @Test
    @DisplayName("cite only lines the report has")
    void referencesLieWithinTheReport() {
        var outside = citations.stream()
                .filter(c -> !c.ref().document().equals(REPORT) || c.ref().lineTo() > reportLines.size())
                .toList();

        assertThat(citations).hasSizeGreaterThan(1000);
        assertThat(outside).as("references beyond the report's " + reportLines.size() + " lines").isEmpty();
    }

    @Test
    @DisplayName("give every reference its own quote")
    void everyReferenceHasItsOwnQuote() {
        assertThat(citations.stream().filter(c -> c.ref().quote() == null).toList()).as("references without a quote of their own").isEmpty();
    }

    @Test
    @DisplayName("quote, for every reference, the report's words within the lines it cites")
    void everyQuoteLiesWithinItsOwnLines() {
        var misplaced = citations.stream().filter(c -> c.quote() != null && !within(c.quote(), c.ref())).toList();

        assertThat(misplaced).as("references whose quote is not within their own lines").isEmpty();
    }

    @Test
    @DisplayName("settle every 2021 goal's status with the report's words, within the lines cited for them")
    void statusesRestOnQuotedWords() {
        var goals2021 = dataset.entities().stream()
                .filter(e -> Long.valueOf(2021).equals(e.properties().get("year")) && e.properties().containsKey("goalType"))
                .map(e -> e.id() + " statusQuote").toList();

        assertThat(statusQuotes).extracting(Citation::owner).containsExactlyInAnyOrderElementsOf(goals2021);
        assertThat(statusQuotes.stream().filter(c -> c.quote() == null || !within(c.quote(), c.ref())).toList())
                .as("status quotes not within their lines").isEmpty();
    }

    @Test
    @DisplayName("give Dutch descriptions and names in the report's own words, from the lines the entity cites")
    void dutchTextsAreTheReportsWords() {
        var misplaced = dutchTexts.stream()
                .filter(t -> t.within().stream().noneMatch(ref -> hyphenFree(lines(ref)).contains(hyphenFree(t.text()))))
                .map(t -> t.owner() + ": " + t.text())
                .toList();

        assertThat(dutchTexts).hasSizeGreaterThan(300);
        assertThat(misplaced).as("Dutch texts not within the lines their entity cites").isEmpty();
    }

    private static boolean within(String quote, SourceRef ref) {
        return normalised(lines(ref)).contains(normalised(quote));
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

    /**
     * A text without hyphens, white space as one space: a Dutch description joins the words the PDF split at a
     * line end ({@code pow- ermanagement} becomes {@code powermanagement}) and keeps real hyphens
     * ({@code data-oplossingen}), so hyphens are left out of the comparison.
     */
    private static String hyphenFree(String text) {
        return normalised(text.replaceAll("-(?U)\\s*", ""));
    }
}
