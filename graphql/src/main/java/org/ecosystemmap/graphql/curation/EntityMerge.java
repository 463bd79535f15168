package org.ecosystemmap.graphql.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.merge.MergedIds;
import org.ecosystemmap.graph.rules.FactRules;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;

/**
 * Merges entities into one that is kept, inside the caller's write transaction (a handful of statements,
 * whatever the number of relationships): every relationship of the
 * merged ones moves to the kept one, one that it already has (same type, same other end, same direction)
 * takes the moved one's sources and fills what it leaves blank, one between entities of the merge would join
 * the kept entity to itself and goes. The kept entity takes their facts as the rule book combines them
 * ({@link FactRules#merged}); their ids lead to it from now on ({@link MergedIds}); they are deleted. What
 * changes loses its import digest, so that the next import compares it as changed.
 */
final class EntityMerge {

    /** What a merge did, for the audit trail. */
    record Outcome(Node kept, Map<String, String> merged, long moved, long combined, long dropped) {

        String describe() {
            return "merged " + merged.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "))
                    + " into " + kept.get("id").asString() + ": " + moved + " relationship" + (moved == 1 ? "" : "s") + " moved, "
                    + combined + " combined with one it had, " + dropped + " between them dropped";
        }
    }

    private EntityMerge() {
    }

    static Outcome run(TransactionContext tx, String keep, List<String> merge) {
        var ids = new ArrayList<String>();
        ids.add(keep);
        ids.addAll(merge);
        var nodes = new HashMap<String, Node>();
        var kinds = new HashMap<String, EntityKind>();
        tx.run("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n", Map.of("ids", ids)).forEachRemaining(r -> {
            var node = r.get("n").asNode();
            nodes.put(node.get("id").asString(), node);
            kinds.put(node.get("id").asString(), EntityKind.fromLabels(node.labels()));
        });
        var distinct = List.copyOf(new LinkedHashSet<>(merge));
        CuratedFacts.reject(FactRules.merge(keep, distinct, kinds));

        var kind = kinds.get(keep);
        var merged = new LinkedHashMap<String, String>();
        distinct.forEach(id -> merged.put(id, nodes.get(id).get("name").asString(id)));
        long moved = 0;
        long combined = 0;
        long dropped = 0;
        for (var outgoing : List.of(true, false)) {
            var counts = tx.run(move(outgoing), Map.of("keep", keep, "merged", distinct)).single();
            moved += counts.get("moved").asLong();
            combined += counts.get("combined").asLong();
            dropped += counts.get("dropped").asLong();
        }
        refusePartOfCycle(tx, keep);
        var properties = new HashMap<String, Object>(FactRules.merged(kind, nodes.get(keep).asMap(),
                distinct.stream().map(id -> nodes.get(id).asMap()).toList()));
        var kept = tx.run("""
                MATCH (n:Entity {id: $keep})
                SET n += $properties
                REMOVE n.%s
                WITH n
                UNWIND $merged AS id
                MATCH (gone:Entity {id: id})
                DETACH DELETE gone
                RETURN DISTINCT n""".formatted(GraphSchema.IMPORT_HASH), Map.of("keep", keep, "properties", properties, "merged", distinct))
                .single().get("n").asNode();
        MergedIds.record(tx, keep, merged);
        return new Outcome(kept, merged, moved, combined, dropped);
    }

    /**
     * Refuses the merge (the transaction is rolled back) when the moved relationships make the kept entity part
     * of itself: merging a part into what it is part of, however indirectly.
     */
    private static void refusePartOfCycle(TransactionContext tx, String keep) {
        tx.run("""
                MATCH path = (keep:Entity {id: $keep})-[:%s*]->(keep)
                RETURN [n IN nodes(path) | n.id] AS ids
                LIMIT 1""".formatted(RelationType.PART_OF), Map.of("keep", keep)).stream().findFirst()
                .ifPresent(cycle -> CuratedFacts.reject(List.of(FactRules.partOfCycle(cycle.get("ids").asList(v -> v.asString())))));
    }

    /**
     * The statement that moves the relationships of one direction. A relationship to another entity of the
     * merge, or to the kept one, would end on the kept one at both sides: it is deleted and counted as dropped.
     * The type of a moved relationship is the type it had, which the vocabulary allowed when it was written.
     */
    private static String move(boolean outgoing) {
        var pattern = outgoing ? "(m)-[old]->(other)" : "(other)-[old]->(m)";
        var target = outgoing ? "(keep)-[%1$s:$(type(old))]->(other)" : "(other)-[%1$s:$(type(old))]->(keep)";
        var fill = RelationType.PROPERTIES.stream().map(spec -> spec.name()).filter(name -> !name.equals("sources"))
                .map(name -> "r.`%1$s` = coalesce(r.`%1$s`, old.`%1$s`)".formatted(name)).collect(Collectors.joining(", "));
        return """
                MATCH (keep:Entity {id: $keep})
                UNWIND $merged AS id
                MATCH (m:Entity {id: id})
                MATCH %s
                CALL (keep, old, other) {
                  WITH keep, old, other WHERE other = keep OR other.id IN $merged
                  DELETE old
                  RETURN 0 AS moved, 0 AS combined, 1 AS dropped
                UNION
                  WITH keep, old, other WHERE other <> keep AND NOT other.id IN $merged
                  OPTIONAL MATCH %s
                  WITH keep, old, other, existing IS NOT NULL AS had
                  MERGE %s
                  ON CREATE SET r = properties(old)
                  ON MATCH SET %s, r.sources = CASE WHEN r.sources IS NULL AND old.sources IS NULL THEN null
                      ELSE reduce(acc = coalesce(r.sources, []), s IN coalesce(old.sources, []) | CASE WHEN s IN acc THEN acc ELSE acc + s END) END
                  REMOVE r.%s
                  DELETE old
                  RETURN CASE WHEN had THEN 0 ELSE 1 END AS moved, CASE WHEN had THEN 1 ELSE 0 END AS combined, 0 AS dropped
                }
                RETURN coalesce(sum(moved), 0) AS moved, coalesce(sum(combined), 0) AS combined, coalesce(sum(dropped), 0) AS dropped"""
                .formatted(pattern, target.formatted("existing"), target.formatted("r"), fill, GraphSchema.IMPORT_HASH);
    }
}
