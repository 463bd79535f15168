package org.ecosystemmap.graph.merge;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The ids of entities that a curator merged into another, each kept as a node of its own
 * ({@code (:MergedId {id, name, into})}, unique and indexed on {@code id}, indexed on {@code into}) so that
 * an old link, a saved query or a dataset that still names a merged id finds the entity it became, by index.
 * They hang off no relationship, so nothing that walks the map's relationships ever meets them.
 */
public final class MergedIds {

    /** The label of a merged id's node. */
    public static final String LABEL = "MergedId";

    private MergedIds() {
    }

    /**
     * Records that these entities were merged into {@code keep}, and that ids merged into them before now lead
     * to {@code keep} as well.
     *
     * @param merged id and name of each merged entity
     */
    public static void record(TransactionContext tx, String keep, Map<String, String> merged) {
        tx.run("""
                UNWIND keys($merged) AS id
                MERGE (m:%1$s {id: id})
                SET m.into = $keep, m.name = $merged[id]
                WITH count(*) AS recorded
                MATCH (earlier:%1$s) WHERE earlier.into IN keys($merged)
                SET earlier.into = $keep""".formatted(LABEL), Map.of("keep", keep, "merged", merged)).consume();
    }

    /** Forgets the merged ids that led to an entity that is deleted: they now lead nowhere. */
    public static void forget(TransactionContext tx, String deleted) {
        tx.run("MATCH (m:%s {into: $id}) DELETE m".formatted(LABEL), Map.of("id", deleted)).consume();
    }

    /** Whether any entity was ever merged: a count the database keeps, so that most imports look up no id at all. */
    public static boolean any(TransactionContext tx) {
        return tx.run("MATCH (m:%s) RETURN count(m) > 0 AS any".formatted(LABEL)).single().get("any").asBoolean();
    }

    /**
     * For those of these ids that no entity has and that were merged, the id of the entity they were merged
     * into. An id an entity has again (created anew after the merge) is that entity's, not a merged one.
     */
    public static Map<String, String> keptFor(TransactionContext tx, Collection<String> ids) {
        var kept = new HashMap<String, String>();
        tx.run("""
                UNWIND $ids AS id
                MATCH (m:%s {id: id})
                WHERE NOT EXISTS { MATCH (:Entity {id: id}) }
                RETURN id, m.into AS into""".formatted(LABEL), Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(r -> kept.put(r.get("id").asString(), r.get("into").asString()));
        return kept;
    }
}
