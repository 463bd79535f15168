package org.ecosystemmap.graphql.connection;

import static org.ecosystemmap.graphql.compile.Field.below;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityProjection;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.error.BadRequestException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The connection questions, each compiled into one statement that also finds the ids no entity has (so a
 * wrong id is a clear error, not an empty answer) and reads only the fields selected on the entities and
 * edges it returns.
 */
public final class ConnectionQueries {

    /** The relationships by which an organisation takes part in something, unless a client names others. */
    public static final List<String> TAKING_PART = Stream.of(RelationType.PARTNER_IN, RelationType.MEMBER_OF, RelationType.FUNDS)
            .map(Enum::name).toList();

    /** What a question reads of the entities and of the edges it returns (each list of edges its own map). */
    private record Plan(EntityProjection.Compiled entity, List<String> edges) {
        String edge() {
            return edges.getFirst();
        }
    }

    private ConnectionQueries() {
    }

    /** {@code neighbourhood}: the entities around one, nearest first, and the relationships between them. */
    public static CompiledQuery<Neighbourhood> neighbourhood(String id, Integer depth, List<String> types, List<EntityKind> kinds,
            List<String> excludeIds, Integer limit, Integer asOf, Selection selection) {
        var bounded = SubgraphQuery.bounded(new SubgraphRequest(id, depth, types, kinds, excludeIds, limit, asOf));
        var plan = selection.plan("neighbourhood", (fields, compilation) -> new Plan(EntityProjection.of(below(fields, "nodes"), null, "n", compilation),
                List.of(GraphEdge.cypher("r", below(fields, "edges")))));
        var compilation = plan.compilation();
        bounded.parameters().forEach(compilation::put);
        var node = plan.value().entity();
        var edge = plan.value().edge();
        return new CompiledQuery<>(compilation.statement(SubgraphQuery.neighbourhood(bounded.traversal(), bounded.depth(), node.cypher(), edge)),
                records -> {
            var found = found(records);
            return new Neighbourhood(node.readAll(found.get("nodes").asObject()), GraphEdge.listOf(found.get("edges").asObject()),
                    found.get("truncated").asBoolean());
        });
    }

    /**
     * {@code shortestPaths}: the shortest chains between two entities. One chain is the first the database's
     * breadth-first search finds, which is cheap. Every chain of the shortest length is ordered by the names
     * along it, so that the same question gets the same answer; listing them all is what can run away on a
     * dense graph (a lattice has a combinatorial number), and the read timeout stops it.
     *
     * @param hubs the hubs to avoid when the client asks to (see {@code hubs}); empty otherwise
     */
    public static CompiledQuery<List<GraphPath>> shortestPaths(String from, String to, Integer maxHops, List<String> types,
            List<String> excludeIds, List<String> hubs, Boolean all, Integer asOf, Selection selection) {
        if (from.equals(to)) {
            throw new BadRequestException("from and to must be different entities");
        }
        int hops = ArgumentBounds.between("maxHops", maxHops, 6, 1, Limits.MAX_HOPS);
        var traversal = Traversal.of(types, null, excludeIds, asOf).avoiding(hubs).reaching(List.of(from, to));
        var plan = selection.plan("shortestPaths", (fields, compilation) -> new Plan(EntityProjection.of(below(fields, "nodes"), null, "n", compilation),
                List.of(GraphEdge.cypher("r", below(fields, "edges")))));
        var compilation = plan.compilation();
        traversal.parameters().forEach(compilation::put);
        compilation.put("from", from);
        compilation.put("to", to);
        compilation.put("known", List.of(from, to));
        compilation.put("paths", Limits.MAX_PATHS);
        var node = plan.value().entity();
        var edge = plan.value().edge();
        // maxHops is an integer checked against its limit: Cypher takes no parameter for a quantifier.
        var pattern = "(a) (()-[%s]-(x:Entity)%s){1,%d} (b)".formatted(traversal.relationship("r"),
                Traversal.where(traversal.held("r"), traversal.admits("x")), hops);
        var select = Boolean.TRUE.equals(all) ? """
                MATCH p = ALL SHORTEST %s
                  WITH p ORDER BY [n IN nodes(p) | n.name], [n IN nodes(p) | n.id]
                  LIMIT $paths""".formatted(pattern) : "MATCH p = SHORTEST 1 " + pattern;
        return new CompiledQuery<>(compilation.statement("""
                %s
                CALL () {
                  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                  %s
                  RETURN collect({nodes: [n IN nodes(p) | %s], edges: [r IN relationships(p) | %s]}) AS found
                }
                RETURN missing, found""".formatted(KnownEntities.MISSING, select, node.cypher(), edge)), records -> {
                    var record = records.getFirst();
                    KnownEntities.require(record.get("missing").asList(Value::asString));
                    return record.get("found").asList(path -> {
                        // Along a path the edges keep the path's order.
                        var edges = path.get("edges").asList(v -> GraphEdge.of(v.asObject()));
                        return new GraphPath(edges.size(), node.readAll(path.get("nodes").asObject()), edges);
                    });
                });
    }

    /**
     * {@code sharedPartners}: the organisations connected to every one of several entities, where taking part
     * in a part of an entity (anything PART_OF it, at any depth) counts as taking part in the entity.
     *
     * @param types the relationships by which an organisation counts as a partner; {@link #TAKING_PART} when null
     */
    public static CompiledQuery<List<SharedPartner>> sharedPartners(List<String> given, List<String> types, Integer asOf, Selection selection) {
        var ids = given.stream().distinct().toList();
        if (ids.size() < 2 || ids.size() > Limits.MAX_SHARED_IDS) {
            throw new BadRequestException("ids must name between 2 and " + Limits.MAX_SHARED_IDS + " different entities, not " + ids.size());
        }
        var plan = selection.plan("sharedPartners", (fields, compilation) -> new Plan(
                EntityProjection.of(below(fields, "partner"), EntityKind.PARTNER, "p", compilation), List.of(GraphEdge.cypher("step", below(fields, "via")))));
        var compilation = plan.compilation();
        var traversal = Traversal.of(types == null ? TAKING_PART : types, null, null, asOf);
        traversal.parameters().forEach(compilation::put);
        compilation.put("ids", ids);
        compilation.put("known", ids);
        var partner = plan.value().entity();
        var edge = plan.value().edge();
        return new CompiledQuery<>(compilation.statement("""
                %s
                CALL () {
                  UNWIND $ids AS id
                  MATCH (e:Entity {id: id})
                  WITH collect(e) AS ends
                  UNWIND ends AS e
                  MATCH chain = (part:Entity) (()-[po:PART_OF]->()%s)* (e)
                  MATCH (p:Partner)-[%s]-(part)
                  WHERE NOT p IN ends%s
                  WITH p, e, [r] + relationships(chain) AS steps
                  WITH p, count(DISTINCT e) AS reached, collect(steps) AS stepLists
                  WHERE reached = size($ids)
                  UNWIND stepLists AS steps
                  UNWIND steps AS step
                  WITH p, collect(DISTINCT step) AS via
                  ORDER BY p.name, p.id
                  RETURN collect({partner: %s, via: [step IN via | %s]}) AS found
                }
                RETURN missing, found""".formatted(KnownEntities.MISSING, Traversal.where(traversal.held("po")), traversal.relationship("r"),
                Traversal.andAlso(traversal.held("r")), partner.cypher(), edge)),
                records -> found(records, shared -> new SharedPartner(partner.read(shared.get("partner").asObject()),
                        GraphEdge.listOf(shared.get("via").asObject()))));
    }

    /** {@code commonGround}: what two entities both connect to directly, with each one's relationships to it. */
    public static CompiledQuery<List<CommonGround>> commonGround(String a, String b, List<String> types, List<EntityKind> kinds, Integer asOf,
            Selection selection) {
        if (a.equals(b)) {
            throw new BadRequestException("a and b must be different entities");
        }
        var plan = selection.plan("commonGround", (fields, compilation) -> new Plan(EntityProjection.of(below(fields, "entity"), null, "x", compilation),
                List.of(GraphEdge.cypher("r", below(fields, "withA")), GraphEdge.cypher("r", below(fields, "withB")))));
        var compilation = plan.compilation();
        var traversal = Traversal.of(types, kinds, null, asOf);
        traversal.parameters().forEach(compilation::put);
        compilation.put("a", a);
        compilation.put("b", b);
        compilation.put("known", List.of(a, b));
        var entity = plan.value().entity();
        var edges = plan.value().edges();
        return new CompiledQuery<>(compilation.statement("""
                %s
                CALL () {
                  MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
                  MATCH (a)-[%s]-(x:Entity)-[%s]-(b)
                  WHERE x <> a AND x <> b%s
                  WITH x, collect(DISTINCT ra) AS withA, collect(DISTINCT rb) AS withB
                  ORDER BY x.name, x.id
                  RETURN collect({entity: %s, withA: [r IN withA | %s], withB: [r IN withB | %s]}) AS found
                }
                RETURN missing, found""".formatted(KnownEntities.MISSING, traversal.relationship("ra"), traversal.relationship("rb"),
                Traversal.andAlso(traversal.held("ra"), traversal.held("rb"), traversal.admits("x")),
                entity.cypher(), edges.get(0), edges.get(1))),
                records -> found(records, common -> new CommonGround(entity.read(common.get("entity").asObject()),
                        GraphEdge.listOf(common.get("withA").asObject()), GraphEdge.listOf(common.get("withB").asObject()))));
    }

    /** The one map a statement found, once its ids are known to exist. */
    private static Value found(List<Record> records) {
        var record = records.getFirst();
        KnownEntities.require(record.get("missing").asList(Value::asString));
        return record.get("found").get(0);
    }

    /** Every map a statement found, once its ids are known to exist. */
    private static <T> List<T> found(List<Record> records, Function<Value, T> reader) {
        var record = records.getFirst();
        KnownEntities.require(record.get("missing").asList(Value::asString));
        return record.get("found").asList(reader::apply);
    }
}
