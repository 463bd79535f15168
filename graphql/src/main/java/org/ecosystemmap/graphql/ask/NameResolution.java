package org.ecosystemmap.graphql.ask;

import static org.ecosystemmap.graphql.compile.Field.below;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.entity.EntityProjection;
import org.ecosystemmap.graphql.entity.SearchText;
import org.ecosystemmap.graphql.compile.Selection;

/**
 * Finds the entities the names of a question may mean, every name of every reading in one statement. Each name
 * is looked for as {@code search} looks ({@link SearchText#indexQueries}: the names index with aliases, typos and
 * word starts, and the Dutch and English indexes) and ranked as it ranks (the name or an alias exactly, then the
 * start of one, then the indexes' score); the best few of each come back with what the client selected of them.
 */
final class NameResolution {

    /** Candidates kept per name: enough to offer the readings of an ambiguous one. */
    private static final int PER_NAME = 5;

    /** A name to look for, and the kind its slot asks for (null: any). */
    record Name(String words, EntityKind kind) {
    }

    private NameResolution() {
    }

    static CompiledQuery<Map<Name, List<Candidate>>> of(List<Name> names, Selection selection) {
        var plan = selection.plan("ask", (fields, compilation) -> EntityProjection.of(below(fields, "entities"), null, "n", compilation));
        var entity = plan.value();
        var compilation = plan.compilation();
        var slots = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i);
            var queries = SearchText.indexQueries(name.words());
            var reads = new ArrayList<Map<String, Object>>();
            var indexes = List.of(GraphSchema.SEARCH_INDEX, GraphSchema.SEARCH_INDEX_NL, GraphSchema.SEARCH_INDEX_EN);
            for (int index = 0; index < indexes.size(); index++) {
                if (!queries.get(index).isEmpty()) {
                    reads.add(Map.of("index", indexes.get(index), "query", queries.get(index)));
                }
            }
            var slot = new HashMap<String, Object>();
            slot.put("key", i);
            slot.put("reads", reads);
            slot.put("exact", NameKeys.of(name.words()));
            slot.put("kinds", name.kind() == null ? List.of() : List.of(name.kind().label()));
            slots.add(slot);
        }
        compilation.put("slots", slots);
        compilation.put("perName", PER_NAME);
        return new CompiledQuery<>(compilation.statement("""
                UNWIND $slots AS slot
                CALL (slot) {
                  UNWIND slot.reads AS read
                  CALL db.index.fulltext.queryNodes(read.index, read.query) YIELD node, score
                  RETURN node, score
                }
                WITH slot, node, sum(score) AS score
                WHERE size(slot.kinds) = 0 OR any(label IN labels(node) WHERE label IN slot.kinds)
                WITH slot, node, score, CASE
                    WHEN slot.exact IN coalesce(node.nameKeys, []) THEN 2
                    WHEN any(key IN coalesce(node.nameKeys, []) WHERE key STARTS WITH slot.exact) THEN 1
                    ELSE 0 END AS tier
                ORDER BY slot.key, tier DESC, score DESC, node.name, node.id
                WITH slot, collect({node: node, score: score, tier: tier})[0..$perName] AS hits
                UNWIND hits AS hit
                WITH slot, hit, hit.node AS n
                RETURN slot.key AS key, n.id AS id, n.name AS name, n.nameNl AS nameNl, n.nameEn AS nameEn,
                       hit.score AS score, hit.tier AS tier, %s AS entity""".formatted(entity.cypher())), records -> {
                    var found = new LinkedHashMap<Name, List<Candidate>>();
                    names.forEach(name -> found.put(name, new ArrayList<>()));
                    for (var record : records) {
                        var name = names.get(record.get("key").asInt());
                        found.get(name).add(new Candidate(record.get("id").asString(), record.get("name").asString(),
                                record.get("nameNl").asString(null), record.get("nameEn").asString(null),
                                record.get("score").asDouble(), record.get("tier").asInt(), entity.read(record.get("entity").asObject())));
                    }
                    return found;
                });
    }
}
