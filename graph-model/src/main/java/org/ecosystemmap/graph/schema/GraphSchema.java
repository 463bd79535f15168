package org.ecosystemmap.graph.schema;

import static org.ecosystemmap.graph.schema.SchemaElement.fulltext;
import static org.ecosystemmap.graph.schema.SchemaElement.index;
import static org.ecosystemmap.graph.schema.SchemaElement.unique;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.GraphStartup;
import org.ecosystemmap.graph.merge.MergedIds;
import org.ecosystemmap.graph.search.SearchTexts;
import org.ecosystemmap.graph.views.SavedViews;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The constraints and indexes the graph needs, applied idempotently: only what is missing (by name) is
 * created, so applying them at each start changes nothing the second time and costs one look at the schema.
 * On the embedded database that look and the creation go through its own API; elsewhere through Cypher.
 */
public final class GraphSchema {

    /** The full-text index over name, aliases and description of every entity. */
    public static final String SEARCH_INDEX = "entity_search";

    /** The full-text index over the Dutch texts of every entity ({@link SearchTexts#DUTCH}), read with Lucene's Dutch analyzer. */
    public static final String SEARCH_INDEX_NL = "entity_search_nl";

    /** The full-text index over the English texts of every entity ({@link SearchTexts#ENGLISH}), read with Lucene's English analyzer. */
    public static final String SEARCH_INDEX_EN = "entity_search_en";

    /**
     * The property holding the digest an import writes on each node and relationship, which the next import
     * compares instead of every property. A write outside the importer that changes an imported fact removes it.
     */
    public static final String IMPORT_HASH = "importHash";

    /** The labels of an import's journal of undo information, written while a large import runs. */
    public static final String IMPORT_JOURNAL_LABEL = "ImportJournal";
    public static final String IMPORT_UNDO_LABEL = "ImportUndo";

    /** The state of a journal whose import is writing: its changes land transaction by transaction until it commits. */
    public static final String IMPORT_WRITING = "WRITING";

    private static final Duration SCHEMA_TIMEOUT = GraphStartup.READ_TIMEOUT;
    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    private final EcosystemGraph graph;
    private final Supplier<GraphDatabaseService> embedded;

    /** The schema applied through Cypher over the driver: any Neo4j, embedded or a server. */
    public GraphSchema(EcosystemGraph graph) {
        this(graph, null);
    }

    private GraphSchema(EcosystemGraph graph, Supplier<GraphDatabaseService> embedded) {
        this.graph = graph;
        this.embedded = embedded;
    }

    /**
     * The schema applied through the embedded database's own API, which needs no Cypher planning; when that
     * fails (an equivalent index under another name, say) through Cypher over {@code graph}, whose
     * {@code IF NOT EXISTS} allows for it.
     */
    public static GraphSchema embedded(EcosystemGraph graph, Supplier<GraphDatabaseService> database) {
        return new GraphSchema(graph, database);
    }

    /** The constraints and indexes in the order they are applied. */
    public static List<SchemaElement> elements() {
        var elements = new ArrayList<SchemaElement>();
        elements.add(unique("entity_id", "Entity", "id"));
        for (var kind : EntityKind.values()) {
            elements.add(unique(kind.name().toLowerCase(Locale.ROOT) + "_id", kind.label(), "id"));
        }
        // Two transactions that MERGE the same lock name wait for each other because of this constraint.
        elements.add(unique("graph_lock_name", EcosystemGraph.LOCK_LABEL, "name"));
        elements.add(unique("import_journal_id", IMPORT_JOURNAL_LABEL, "id"));
        elements.add(index("import_undo_journal", IMPORT_UNDO_LABEL, "journal", "seq"));
        elements.add(unique("merged_id", MergedIds.LABEL, "id"));
        elements.add(index("merged_id_into", MergedIds.LABEL, "into"));
        elements.add(unique("saved_view_id", SavedViews.LABEL, "id"));
        elements.add(index("entity_name", "Entity", "name"));
        elements.add(index("entity_dataset", "Entity", "dataset"));
        elements.add(index("partner_type", "Partner", "type"));
        elements.add(index("initiative_type", "Initiative", "type"));
        elements.add(index("coalition_type", "Coalition", "type"));
        elements.add(index("goal_status", "Goal", "year", "status"));
        elements.add(index("audit_at", "AuditEntry", "at"));
        // standard-folding folds accents (Oriëntatie finds Orientatie) and lowercases; aliases is a list of strings.
        elements.add(fulltext(SEARCH_INDEX, "Entity", "standard-folding", "name", "aliases", "description"));
        // Stemming (zijinstromer finds zijinstromers) and each language's stop words; the texts are stored with
        // their accents folded, and both analyzers lowercase. Neither splits compounds: Neo4j offers no analyzer that does.
        elements.add(fulltext(SEARCH_INDEX_NL, "Entity", "dutch", SearchTexts.DUTCH));
        elements.add(fulltext(SEARCH_INDEX_EN, "Entity", "english", SearchTexts.ENGLISH));
        return elements;
    }

    /** The schema as Cypher statements, in the order they are applied. */
    public static List<String> statements() {
        return elements().stream().map(SchemaElement::cypher).toList();
    }

    /** Creates what is missing and waits for the indexes to be online. */
    public void apply() {
        apply(() -> { });
    }

    /**
     * Creates what is missing (through Cypher in one transaction; on the embedded database the indexes, then the
     * constraints), runs {@code meanwhile} while the database builds the new
     * indexes (writes that need the schema but not its indexes online: the first writes into a database whose
     * store was written without one), then waits for the indexes to be online.
     */
    public void apply(Runnable meanwhile) {
        long started = System.nanoTime();
        int created;
        if (embedded == null) {
            created = createWithCypher();
        } else {
            try {
                created = createEmbedded(embedded.get());
            } catch (RuntimeException e) {
                log.warn("The graph schema could not be applied through the embedded API ({}); applying it with Cypher", e.getMessage());
                created = createWithCypher();
            }
        }
        meanwhile.run();
        awaitIndexes();
        log.info("Graph schema applied in {} ms ({} of {} constraints and indexes needed)", (System.nanoTime() - started) / 1_000_000,
                created, elements().size());
    }

    private int createWithCypher() {
        var present = graph.read(tx -> {
            var names = new HashSet<String>();
            tx.run("SHOW INDEXES YIELD name").forEachRemaining(r -> names.add(r.get("name").asString()));
            tx.run("SHOW CONSTRAINTS YIELD name").forEachRemaining(r -> names.add(r.get("name").asString()));
            return names;
        }, SCHEMA_TIMEOUT);
        var missing = missing(present);
        if (!missing.isEmpty()) {
            graph.write(tx -> {
                missing.forEach(element -> tx.run(element.cypher()).consume());
                return null;
            });
        }
        return missing.size();
    }

    /**
     * The indexes first, in one transaction, which the database then builds in one scan of the store in the
     * background; then the uniqueness constraints, in a second, each of which builds its index as it is created,
     * one after the other. That way round the constraints are built while the indexes are: on a new database
     * over a bulk-imported store of 1M relationships about half a second sooner than all in one transaction.
     */
    private static int createEmbedded(GraphDatabaseService database) {
        var present = new HashSet<String>();
        try (var tx = database.beginTx()) {
            tx.schema().getIndexes().forEach(index -> present.add(index.getName()));
            tx.schema().getConstraints().forEach(constraint -> present.add(constraint.getName()));
        }
        var missing = missing(present);
        createTogether(database, missing.stream().filter(element -> element.type() != SchemaElement.Type.UNIQUE).toList());
        createTogether(database, missing.stream().filter(element -> element.type() == SchemaElement.Type.UNIQUE).toList());
        return missing.size();
    }

    private static void createTogether(GraphDatabaseService database, List<SchemaElement> elements) {
        if (elements.isEmpty()) {
            return;
        }
        try (var tx = database.beginTx()) {
            elements.forEach(element -> element.create(tx.schema()));
            tx.commit();
        }
    }

    private void awaitIndexes() {
        if (embedded != null) {
            try (var tx = embedded.get().beginTx()) {
                tx.schema().awaitIndexesOnline(SCHEMA_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                tx.commit();
            }
            return;
        }
        graph.read(tx -> tx.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", SCHEMA_TIMEOUT.toSeconds())).consume(),
                SCHEMA_TIMEOUT);
    }

    private static List<SchemaElement> missing(Set<String> present) {
        return elements().stream().filter(element -> !present.contains(element.name())).toList();
    }
}
