package org.ecosystemmap.graphql.connection;

import static org.ecosystemmap.graphql.compile.Field.below;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graphql.analytics.Link;
import org.ecosystemmap.graphql.analytics.LinkSentence;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Field;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityProjection;
import org.ecosystemmap.graphql.entity.EntityResult;

/**
 * For the questions answered from the analytics projection: once the projection has named the entities and
 * relationships of the answer, one statement reads what the client selected on them, by id, and each
 * relationship by its ends and type (one relationship of a type from one entity to another). It reads every
 * entity's names too, which answers are ordered and worded by. What the graph no longer has since the
 * projection was read is simply not found.
 */
public final class ProjectedReads {

    /**
     * Where a root field's answer has entities or edges: each a path of field names below the root field; the
     * empty path is the root field's own selection (the sources of a {@code CoLink} are those of its edges).
     */
    public record Places(List<List<String>> entities, List<List<String>> edges) {
    }

    /** The entities and relationships read: entities by id, relationships by {@link #key(Link)}, names by id. */
    public record Found(Map<String, EntityResult> entities, Map<String, GraphEdge> edges, Map<String, Map<String, Object>> names) {

        public GraphEdge edge(Link link) {
            return edges.get(key(link));
        }

        /** The entity's name as the graph has it. */
        public String name(String id) {
            return (String) names.get(id).get("name");
        }

        /** The names of every entity read, in both languages, by id. */
        public Map<String, Label> labels() {
            var labels = new HashMap<String, Label>();
            names.forEach((id, n) -> labels.put(id, LinkSentence.names(n)));
            return labels;
        }
    }

    /** What the statement reads of the entities and the edges. */
    private record Plan(EntityProjection.Compiled entity, String edge) {
    }

    private ProjectedReads() {
    }

    /**
     * @param root the root field's name, the purpose of its plan
     * @param reading what the answer is made of, once read
     */
    public static <T> CompiledQuery<T> of(String root, Collection<String> ids, Collection<Link> links, Places places, Selection selection,
            Function<Found, T> reading) {
        var plan = selection.plan(root + " projected", (fields, compilation) -> new Plan(
                EntityProjection.of(at(fields, places.entities()), null, "n", compilation), GraphEdge.cypher("r", at(fields, places.edges()))));
        var compilation = plan.compilation();
        compilation.put("ids", List.copyOf(ids));
        compilation.put("links", links.stream().distinct()
                .map(l -> Map.<String, Object>of("from", l.from(), "type", l.type().name(), "to", l.to())).toList());
        var entity = plan.value().entity();
        return new CompiledQuery<>(compilation.statement("""
                CALL () {
                  UNWIND $ids AS id
                  MATCH (n:Entity {id: id})
                  RETURN collect({id: n.id, name: coalesce(n.name, n.id), nameEn: n.nameEn, nameNl: n.nameNl, entity: %s}) AS nodes
                }
                CALL () {
                  UNWIND $links AS link
                  MATCH (:Entity {id: link.from})-[r]->(:Entity {id: link.to})
                  WHERE type(r) = link.type
                  RETURN collect(%s) AS edges
                }
                RETURN nodes, edges""".formatted(entity.cypher(), plan.value().edge())), records -> {
                    var record = records.getFirst();
                    var entities = new HashMap<String, EntityResult>();
                    var names = new HashMap<String, Map<String, Object>>();
                    record.get("nodes").asList(v -> v.asMap()).forEach(n -> {
                        var id = (String) n.get("id");
                        entities.put(id, entity.read(n.get("entity")));
                        names.put(id, n);
                    });
                    var edges = new HashMap<String, GraphEdge>();
                    GraphEdge.listOf(record.get("edges").asObject()).forEach(edge -> edges.put(edge.from() + "|" + edge.type() + "|" + edge.to(), edge));
                    return reading.apply(new Found(entities, edges, names));
                });
    }

    private static List<Field> at(List<Field> fields, List<List<String>> paths) {
        var found = new ArrayList<Field>();
        paths.forEach(path -> found.addAll(path.isEmpty() ? fields : below(fields, path.toArray(String[]::new))));
        return found;
    }

    static String key(Link link) {
        return link.from() + "|" + link.type().name() + "|" + link.to();
    }
}
