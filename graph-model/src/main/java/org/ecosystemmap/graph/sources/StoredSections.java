package org.ecosystemmap.graph.sources;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.sources.SourceSections.Section;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The source sections the graph keeps, one {@code (:SourceSection)} node per section with the dataset that
 * named it, so that a curator's source reference gets its section title as an imported one does. They
 * carry no {@code Entity} label: nothing that reads the map sees them.
 */
public final class StoredSections {

    public static final String LABEL = "SourceSection";

    /** The order sections are compared and stored in. */
    private static final Comparator<Section> ORDER = Comparator.comparing(Section::document).thenComparingInt(Section::from)
            .thenComparingInt(Section::to).thenComparing(Section::title).thenComparing(s -> s.url() == null ? "" : s.url());

    private StoredSections() {
    }

    /**
     * Makes the graph hold exactly these sections for the dataset; writes nothing when it does already.
     *
     * @return whether anything was written
     */
    public static boolean replace(EcosystemGraph graph, String dataset, Collection<Section> sections) {
        var wanted = sections.stream().sorted(ORDER).toList();
        var held = graph.query("""
                MATCH (s:%s {dataset: $dataset})
                RETURN s.document AS document, s.from AS from, s.to AS to, s.title AS title, s.url AS url""".formatted(LABEL),
                Map.of("dataset", dataset), r -> section(r.get("document"), r.get("from"), r.get("to"), r.get("title"), r.get("url")))
                .stream().sorted(ORDER).toList();
        if (held.equals(wanted)) {
            return false;
        }
        // Two imports of one dataset wait for each other here, so their sections never mix.
        return graph.withLock(LABEL + ":" + dataset, () -> graph.write(tx -> {
            tx.run("MATCH (s:%s {dataset: $dataset}) DELETE s".formatted(LABEL), Map.of("dataset", dataset)).consume();
            tx.run("""
                    UNWIND $sections AS s
                    CREATE (:%s {dataset: $dataset, document: s.document, from: s.from, to: s.to, title: s.title, url: s.url})"""
                    .formatted(LABEL), Map.of("dataset", dataset, "sections", wanted.stream().map(StoredSections::row).toList())).consume();
            return true;
        }));
    }

    /** The sections the graph holds of these documents, whichever dataset named them, read in the caller's transaction. */
    public static SourceSections of(TransactionContext tx, Collection<String> documents) {
        if (documents.isEmpty()) {
            return SourceSections.none();
        }
        return SourceSections.of(tx.run("""
                MATCH (s:%s) WHERE s.document IN $documents
                RETURN s.document AS document, s.from AS from, s.to AS to, s.title AS title, s.url AS url""".formatted(LABEL),
                Map.of("documents", List.copyOf(documents)))
                .list(r -> section(r.get("document"), r.get("from"), r.get("to"), r.get("title"), r.get("url"))));
    }

    private static Section section(Value document, Value from, Value to, Value title, Value url) {
        return new Section(document.asString(), from.asInt(), to.asInt(), title.asString(), url.isNull() ? null : url.asString());
    }

    private static Map<String, Object> row(Section section) {
        var row = new HashMap<String, Object>();
        row.put("document", section.document());
        row.put("from", section.from());
        row.put("to", section.to());
        row.put("title", section.title());
        row.put("url", section.url());
        return row;
    }
}
