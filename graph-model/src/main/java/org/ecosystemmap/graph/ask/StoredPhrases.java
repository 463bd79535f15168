package org.ecosystemmap.graph.ask;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.Language;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The question phrases datasets bring, one {@code (:AskPhrase {lang, view, pattern, settings, dataset})} node per
 * row with the dataset that holds it, so that {@code ask} understands them as it understands the shipped tables.
 * They carry no {@code Entity} label: nothing that reads the map sees them.
 */
public final class StoredPhrases {

    public static final String LABEL = "AskPhrase";

    private static final String READ = """
            MATCH (p:%s) %s
            RETURN p.lang AS lang, p.view AS view, p.pattern AS pattern, p.settings AS settings
            ORDER BY p.dataset, p.lang, p.view, p.pattern, p.settings""";

    private StoredPhrases() {
    }

    /**
     * Makes the graph hold these phrases for the dataset, as an import does its entities: added when missing,
     * and those the dataset no longer holds deleted only when {@code prune} is asked for. Writes nothing when
     * the graph holds them already.
     *
     * @return whether anything was written
     */
    public static boolean store(EcosystemGraph graph, String dataset, Collection<PhraseRow> rows, boolean prune) {
        var wanted = new LinkedHashSet<>(rows);
        var held = new HashSet<>(graph.query(READ.formatted(LABEL, "WHERE p.dataset = $dataset"), Map.of("dataset", dataset),
                StoredPhrases::row));
        var added = wanted.stream().filter(row -> !held.contains(row)).map(StoredPhrases::parameters).toList();
        var removed = prune ? held.stream().filter(row -> !wanted.contains(row)).map(StoredPhrases::parameters).toList() : List.of();
        if (added.isEmpty() && removed.isEmpty()) {
            return false;
        }
        // Two imports of one dataset wait for each other here; MERGE keeps a row that both add once.
        return graph.withLock(LABEL + ":" + dataset, () -> graph.write(tx -> {
            tx.run("""
                    UNWIND $rows AS row
                    MATCH (p:%s {dataset: $dataset, lang: row.lang, view: row.view, pattern: row.pattern, settings: row.settings})
                    DELETE p""".formatted(LABEL), Map.of("dataset", dataset, "rows", removed)).consume();
            tx.run("""
                    UNWIND $rows AS row
                    MERGE (:%s {dataset: $dataset, lang: row.lang, view: row.view, pattern: row.pattern, settings: row.settings})"""
                    .formatted(LABEL), Map.of("dataset", dataset, "rows", added)).consume();
            return true;
        }));
    }

    /** Every phrase the graph holds, of whichever dataset, read in the caller's transaction. */
    public static List<PhraseRow> all(TransactionContext tx) {
        return tx.run(READ.formatted(LABEL, "")).list(StoredPhrases::row);
    }

    private static PhraseRow row(Record record) {
        var lang = record.get("lang").asString();
        var language = Language.ofTag(lang).orElseThrow(() -> new IllegalStateException("an " + LABEL + " node has the language " + lang));
        return new PhraseRow(language, record.get("view").asString(), record.get("pattern").asString(), record.get("settings").asString());
    }

    private static Map<String, Object> parameters(PhraseRow row) {
        return Map.of("lang", row.language().tag(), "view", row.view(), "pattern", row.pattern(), "settings", row.settings());
    }
}
