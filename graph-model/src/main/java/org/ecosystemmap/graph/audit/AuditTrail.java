package org.ecosystemmap.graph.audit;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.neo4j.driver.TransactionContext;

/**
 * The record of who changed what, when. Entries are nodes labelled {@code AuditEntry} (not entities, so no
 * query over the map sees them), written in the same transaction as the change they describe wherever
 * possible, so that a change and its record commit together or not at all.
 */
public final class AuditTrail {

    private final EcosystemGraph graph;

    public AuditTrail(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** Records a change inside the transaction that makes it. */
    public static void record(TransactionContext tx, String actor, String action, String target, String detail) {
        tx.run("""
                CREATE (:AuditEntry {at: datetime(), actor: $actor, action: $action, target: $target, detail: $detail})
                """, Map.of("actor", actor, "action", action, "target", target, "detail", detail == null ? "" : detail)).consume();
    }

    /** Records a change that was made in transactions of its own, such as a large import. */
    public void record(String actor, String action, String target, String detail) {
        graph.write(tx -> {
            record(tx, actor, action, target, detail);
            return null;
        });
    }

    /** The newest entries first, a page at a time. */
    public List<AuditEntry> newest(int offset, int limit) {
        return graph.query("""
                MATCH (e:AuditEntry)
                RETURN e ORDER BY e.at DESC, elementId(e) DESC SKIP $offset LIMIT $limit
                """, Map.of("offset", offset, "limit", limit), r -> {
                    var e = r.get("e").asNode();
                    return new AuditEntry(e.get("at").asOffsetDateTime(), e.get("actor").asString(), e.get("action").asString(),
                            e.get("target").asString(), e.get("detail").asString());
                });
    }

    public long count() {
        return graph.queryOne("MATCH (e:AuditEntry) RETURN count(e) AS n", Map.of(), r -> r.get("n").asLong()).orElse(0L);
    }
}
