package org.ecosystemmap.graphql.entity;

import static org.ecosystemmap.graphql.compile.Field.at;
import static org.ecosystemmap.graphql.compile.Field.below;
import static org.ecosystemmap.graphql.compile.Field.selects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.merge.MergedIds;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.graph.search.SearchMatch;
import org.ecosystemmap.graph.search.SearchTexts;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Field;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.pagination.Connection;
import org.ecosystemmap.graphql.pagination.PageRequest;

/** Looks entities up by id and finds them by text, each in one statement that reads what the client selected. */
public final class EntityQueries {

    private EntityQueries() {
    }

    /**
     * {@code entity(id)}: the entity with this id, or the one it was merged into ({@link MergedIds}), or null.
     * Both look-ups are by index; the merged id is looked at only when no entity has the id.
     */
    public static CompiledQuery<EntityResult> lookup(String id, Selection selection) {
        var plan = selection.plan("entity", (fields, compilation) -> EntityProjection.of(fields, null, "n", compilation));
        var entity = plan.value();
        var compilation = plan.compilation();
        compilation.put("id", id);
        return new CompiledQuery<>(compilation.statement("""
                OPTIONAL MATCH (found:Entity {id: $id})
                OPTIONAL MATCH (merged:%s {id: $id}) WHERE found IS NULL
                OPTIONAL MATCH (kept:Entity {id: merged.into})
                WITH coalesce(found, kept) AS n WHERE n IS NOT NULL
                RETURN %s AS n""".formatted(MergedIds.LABEL, entity.cypher())),
                records -> records.isEmpty() ? null : entity.read(records.getFirst().get("n").asObject()));
    }

    /**
     * The entities with these ids, in the order asked, each once; unknown ids are left out.
     *
     * @param kind their kind, when the schema fixes it
     */
    public static CompiledQuery<List<EntityResult>> byIds(List<String> ids, Selection selection, EntityKind kind) {
        var byId = byId(ids, selection, kind);
        return new CompiledQuery<>(byId.statement(), records -> {
            var found = byId.reading().apply(records);
            return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
        });
    }

    /**
     * As {@link #byIds}, by id.
     *
     * @param places where the entities are in the selection ({@code "label", "members"}), each of them with what
     *     is selected there; the selection itself when none is named
     */
    public static CompiledQuery<Map<String, EntityResult>> byId(List<String> ids, Selection selection, EntityKind kind, String... places) {
        var plan = selection.plan("byId " + kind + " " + String.join(",", places), (fields, compilation) -> {
            var selected = fields;
            if (places.length > 0) {
                var at = new ArrayList<Field>();
                for (var place : places) {
                    at.addAll(at(fields, place));
                }
                selected = Field.childrenOf(at);
            }
            return EntityProjection.of(selected, kind, "n", compilation);
        });
        var entity = plan.value();
        var compilation = plan.compilation();
        compilation.put("ids", ids);
        return new CompiledQuery<>(compilation.statement("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                RETURN id, %s AS n""".formatted(entity.cypher())), records -> {
                    var found = new HashMap<String, EntityResult>();
                    records.forEach(r -> found.put(r.get("id").asString(), entity.read(r.get("n").asObject())));
                    return found;
                });
    }

    /** What a search reads of each entity, and whether it counts the hits, lists them, their scores and where they matched at all. */
    private record SearchPlan(EntityProjection.Compiled entity, boolean counted, boolean listed, boolean scored, boolean located) {
    }

    /**
     * {@code search}: the entities matching the text, best first. The text as a whole name or alias beats the
     * start of one, which beats any other match; then the indexes' score, the name and the id. When a hit's
     * {@code matchedIn} is asked for, the texts it is found in come along ({@link SearchTexts#SOURCE_PROPERTIES})
     * and {@link SearchMatch} tells the field.
     * <p>
     * The database keeps only the page's best hits as it ranks them (a top-k), never sorting the thousands of hits
     * a common word has: 8 % less time per search with {@code totalCount}, which counts the hits first, and 13 %
     * without it, where one hit more than the page says whether a next page follows (512 benchmark searches over
     * Bolt, against sorting every hit).
     */
    public static CompiledQuery<Connection<EntityResult>> search(String text, List<EntityKind> kinds, PageRequest page, Selection selection) {
        var plan = selection.plan("search", (fields, compilation) -> new SearchPlan(
                EntityProjection.of(below(fields, "edges", "node"), null, "n", compilation), selects(fields, "totalCount"),
                selects(fields, "edges") || selects(fields, "pageInfo"), selects(below(fields, "edges"), "score"),
                selects(below(fields, "edges"), "matchedIn")));
        var search = plan.value();
        var compilation = plan.compilation();
        var parameters = new HashMap<String, Object>();
        var hits = SearchText.hits(text, parameters);
        parameters.forEach(compilation::put);
        compilation.put("exact", NameKeys.of(text));
        compilation.put("offset", page.offset());
        compilation.put("first", page.first() + (search.counted() ? 0 : 1));
        var ranked = """
                WITH node, score, CASE
                    WHEN $exact IN coalesce(node.nameKeys, []) THEN 2
                    WHEN any(key IN coalesce(node.nameKeys, []) WHERE key STARTS WITH $exact) THEN 1
                    ELSE 0 END AS tier
                ORDER BY tier DESC, score DESC, node.name, node.id
                SKIP $offset LIMIT $first
                WITH collect(node) AS nodes, collect(score) AS scores""";
        var found = hits + (kinds == null || kinds.isEmpty() ? ""
                // The kinds as the vocabulary names them: a label expression the index's hits are filtered by.
                : "\nWHERE node:" + kinds.stream().distinct().map(EntityKind::label).collect(Collectors.joining("|")));
        var ranking = search.counted() ? """
                %s
                WITH collect([node, score]) AS hits
                CALL (hits) {
                  UNWIND hits AS hit
                  WITH hit[0] AS node, hit[1] AS score
                  %s
                  RETURN nodes, scores
                }
                WITH size(hits) AS total, nodes, scores""".formatted(found, ranked.replace("\n", "\n  "))
                : "%s%n%s%nWITH size(nodes) AS total, nodes, scores".formatted(found, ranked);
        return new CompiledQuery<>(compilation.statement("""
                %s
                RETURN total, %s AS page, %s AS scores, %s AS texts""".formatted(ranking,
                        search.listed() ? "[n IN nodes | %s]".formatted(search.entity().cypher()) : "[]",
                        search.scored() ? "scores" : "null",
                        search.located() ? "[n IN nodes | n {%s}]".formatted(SearchTexts.SOURCE_PROPERTIES.stream()
                                .map(property -> "." + property).collect(Collectors.joining(", "))) : "null")), records -> {
                    var record = records.getFirst();
                    var items = search.entity().readAll(record.get("page").asObject());
                    var scores = search.scored() ? record.get("scores").asList(v -> v.asDouble()) : null;
                    var matches = search.located()
                            ? record.get("texts").asList(v -> SearchMatch.find(text, v.asMap()).orElse(null))
                            : null;
                    // Not counted: the page and, when a next page follows, one hit more.
                    return search.counted() ? Connection.scored(items, scores, matches, page, record.get("total").asInt())
                            : Connection.peek(items, scores, matches, page);
                });
    }
}
