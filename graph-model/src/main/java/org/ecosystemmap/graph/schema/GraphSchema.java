package org.ecosystemmap.graph.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The constraints and indexes the graph needs, applied idempotently: every statement says
 * {@code IF NOT EXISTS}, so applying them at each start changes nothing the second time.
 */
public final class GraphSchema {

    /** The full-text index over name, aliases and description of every entity. */
    public static final String SEARCH_INDEX = "entity_search";

    /** The labels of an import's journal of undo information, written while a large import runs. */
    public static final String IMPORT_JOURNAL_LABEL = "ImportJournal";
    public static final String IMPORT_UNDO_LABEL = "ImportUndo";

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);
    private static final Pattern NAME = Pattern.compile("CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\\w+) IF NOT EXISTS");

    private final EcosystemGraph graph;

    public GraphSchema(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** The schema statements in the order they are applied. Labels come from the vocabulary, never from input. */
    public static List<String> statements() {
        var statements = new ArrayList<String>();
        statements.add("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE");
        for (var kind : EntityKind.values()) {
            statements.add("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE"
                    .formatted(kind.name().toLowerCase(Locale.ROOT), kind.label()));
        }
        // Two transactions that MERGE the same lock name wait for each other because of this constraint.
        statements.add("CREATE CONSTRAINT graph_lock_name IF NOT EXISTS FOR (l:%s) REQUIRE l.name IS UNIQUE".formatted(EcosystemGraph.LOCK_LABEL));
        statements.add("CREATE CONSTRAINT import_journal_id IF NOT EXISTS FOR (j:%s) REQUIRE j.id IS UNIQUE".formatted(IMPORT_JOURNAL_LABEL));
        statements.add("CREATE INDEX import_undo_journal IF NOT EXISTS FOR (u:%s) ON (u.journal, u.seq)".formatted(IMPORT_UNDO_LABEL));
        statements.add("CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)");
        statements.add("CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset)");
        statements.add("CREATE INDEX partner_type IF NOT EXISTS FOR (n:Partner) ON (n.type)");
        statements.add("CREATE INDEX initiative_type IF NOT EXISTS FOR (n:Initiative) ON (n.type)");
        statements.add("CREATE INDEX coalition_type IF NOT EXISTS FOR (n:Coalition) ON (n.type)");
        statements.add("CREATE INDEX goal_status IF NOT EXISTS FOR (n:Goal) ON (n.year, n.status)");
        statements.add("CREATE INDEX audit_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at)");
        // standard-folding folds accents (Oriëntatie finds Orientatie) and lowercases; aliases is a list of strings.
        statements.add("""
                CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
                FOR (n:Entity) ON EACH [n.name, n.aliases, n.description]
                OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}""");
        return statements;
    }

    /**
     * Creates what is missing, all in one transaction, and waits for the indexes to be online. On a graph that
     * has its schema this is one read: the names present are compared with {@link #statements}' names.
     */
    public void apply() {
        long started = System.nanoTime();
        var present = graph.read(tx -> {
            var names = new HashSet<String>();
            tx.run("SHOW INDEXES YIELD name").forEachRemaining(r -> names.add(r.get("name").asString()));
            tx.run("SHOW CONSTRAINTS YIELD name").forEachRemaining(r -> names.add(r.get("name").asString()));
            return names;
        });
        var missing = statements().stream().filter(statement -> !present.contains(name(statement))).toList();
        if (!missing.isEmpty()) {
            graph.write(tx -> {
                missing.forEach(statement -> tx.run(statement).consume());
                return null;
            });
        }
        graph.read(tx -> tx.run("CALL db.awaitIndexes(300)").consume());
        log.info("Graph schema applied in {} ms ({} of {} statements needed)", (System.nanoTime() - started) / 1_000_000, missing.size(),
                statements().size());
    }

    private static String name(String statement) {
        var matcher = NAME.matcher(statement);
        if (!matcher.find()) {
            throw new IllegalStateException("a schema statement without a name: " + statement);
        }
        return matcher.group(1);
    }
}
