package org.ecosystemmap.graphql.connection;

import static org.ecosystemmap.graphql.compile.Field.below;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.RelationWeights;
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

    /**
     * Of a relationship bound to {@code %1$s} of a type that takes part by the weights table
     * ({@code RelationWeights.takingPartTypes}): that its role is no word of a mention or a plan, which would keep it
     * from taking part. Relationship types the client names take part whatever their role. Most relationships have
     * no role: asking that first reads the property once instead of once per word (a quarter of the database hits).
     */
    private static final String ROLE_TAKES_PART = "(%1$s.role IS NULL OR NOT any(word IN $notTakingPart WHERE toLower(%1$s.role) CONTAINS word))";

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
     * {@code sharedPartners}: what several entities share.
     * <ul>
     * <li>Given initiatives, programmes or coalitions: the organisations, coalitions and people that take part in
     * every one. Through parts, taking part in a part (at any depth) is taking part in the whole; a given entity
     * that is itself a part of another given one does not count as its part, or everything in it would be shared.</li>
     * <li>Given only organisations and people: what every one takes part in (initiatives, programmes, coalitions,
     * events, organisations), through parts also the wholes of those, and the places every one is located in.</li>
     * </ul>
     * Taking part is what the weights table says ({@code LinkMeaning.takesPart}: its types, unless the role makes
     * the relationship a mention or a plan) unless the client names the relationship types.
     */
    public static CompiledQuery<List<SharedPartner>> sharedPartners(List<String> given, List<String> types, Integer asOf, Boolean throughParts,
            Selection selection) {
        var ids = given.stream().distinct().toList();
        if (ids.size() < 2 || ids.size() > Limits.MAX_SHARED_IDS) {
            throw new BadRequestException("ids must name between 2 and " + Limits.MAX_SHARED_IDS + " different entities, not " + ids.size());
        }
        // The chains (via) cost a list per path and a distinct collection per partner: built only when asked for.
        var plan = selection.plan("sharedPartners", (fields, compilation) -> new Plan(EntityProjection.of(below(fields, "partner"), null, "s", compilation),
                below(fields, "via").isEmpty() ? List.of() : List.of(GraphEdge.cypher("step", below(fields, "via")))));
        var compilation = plan.compilation();
        var traversal = Traversal.of(types, null, null, asOf);
        traversal.parameters().forEach(compilation::put);
        compilation.put("ids", ids);
        compilation.put("known", ids);
        // The types as a typed pattern, so that the database expands only them: the vocabulary's names, never a client's text.
        var takingPart = String.join("|", traversal.types() == null ? RelationWeights.takingPartTypes()
                : traversal.types().stream().map(Enum::name).toList());
        if (traversal.types() == null) {
            compilation.put("notTakingPart", RelationWeights.notTakingPartWords());
        }
        compilation.put("located", traversal.types() == null || traversal.types().contains(RelationType.LOCATED_IN));
        var partner = plan.value().entity();
        boolean via = !plan.value().edges().isEmpty();
        boolean parts = !Boolean.FALSE.equals(throughParts);
        // Through parts, the chains of PART_OF below a given entity (not into another given one) or above what is taken part in.
        var below = parts ? "MATCH chain = (part:Entity) ((x:Entity)-[po:PART_OF]->(:Entity) WHERE NOT x IN ends%s)* (e)"
                .formatted(Traversal.andAlso(traversal.held("po"))) : "WITH e, ends, e AS part, null AS chain";
        var above = parts ? "MATCH chain = (thing) (()-[po:PART_OF]->()%s)* (s:Entity)".formatted(Traversal.where(traversal.held("po")))
                : "WITH e, ends, r, thing AS s, null AS chain";
        return new CompiledQuery<>(compilation.statement("""
                %1$s
                CALL () {
                  UNWIND $ids AS id
                  MATCH (e:Entity {id: id})
                  WITH collect(e) AS ends
                  WITH ends, all(e IN ends WHERE e:Partner OR e:Person) AS aboutParticipants
                  UNWIND ends AS e
                  CALL (e, ends, aboutParticipants) {
                    WITH e, ends, aboutParticipants WHERE NOT aboutParticipants
                    %2$s
                    MATCH (s:Partner|Coalition|Person)-[r:%8$s]-(part)
                    WHERE NOT s IN ends%4$s
                    RETURN s, %7$s AS steps
                    UNION ALL
                    WITH e, ends, aboutParticipants WHERE aboutParticipants
                    MATCH (e)-[r:%8$s]-(thing:Initiative|TalentProgramme|Coalition|Event|Partner)
                    WHERE NOT thing IN ends%4$s
                    %3$s
                    WHERE NOT s IN ends
                    RETURN s, %7$s AS steps
                    UNION ALL
                    WITH e, ends, aboutParticipants WHERE aboutParticipants AND $located
                    MATCH (e)-[r:LOCATED_IN]-(s:Place)
                    WHERE NOT s IN ends%5$s
                    RETURN s, %9$s AS steps
                  }
                  WITH s, count(DISTINCT e) AS reached, collect(steps) AS stepLists
                  WHERE reached = size($ids)
                  %6$s
                }
                RETURN missing, found""".formatted(KnownEntities.MISSING, below, above,
                traversal.types() == null ? Traversal.andAlso(ROLE_TAKES_PART.formatted("r"), traversal.held("r")) : Traversal.andAlso(traversal.held("r")),
                Traversal.andAlso(traversal.held("r")),
                via ? """
                        UNWIND stepLists AS steps
                        UNWIND steps AS step
                        WITH s, collect(DISTINCT step) AS via
                        ORDER BY s.name, s.id
                        RETURN collect({partner: %s, via: [step IN via | %s]}) AS found""".formatted(partner.cypher(), plan.value().edge())
                        : """
                        WITH s
                        ORDER BY s.name, s.id
                        RETURN collect({partner: %s, via: []}) AS found""".formatted(partner.cypher()),
                via ? "[r] + coalesce(relationships(chain), [])" : "null", takingPart, via ? "[r]" : "null")),
                records -> found(records, shared -> new SharedPartner(partner.read(shared.get("partner").asObject()),
                        GraphEdge.listOf(shared.get("via").asObject()))));
    }

    /**
     * {@code commonGround}: what two entities both connect to directly, with each one's relationships to it, what
     * says most first: by the weights table, the cost of the cheapest relationship of each to it, added (a
     * consortium both are members of before a theme both are about), then by name. The statement orders by name;
     * the costs, which the weights table computes, order the answer after it.
     */
    public static CompiledQuery<List<CommonGround>> commonGround(String a, String b, List<String> types, List<EntityKind> kinds, Integer asOf,
            Selection selection) {
        if (a.equals(b)) {
            throw new BadRequestException("a and b must be different entities");
        }
        var plan = selection.plan("commonGround", (fields, compilation) -> new Plan(EntityProjection.of(below(fields, "entity"), null, "x", compilation),
                List.of(GraphEdge.weighed("r", below(fields, "withA")), GraphEdge.weighed("r", below(fields, "withB")))));
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
                  WITH a, b, x, collect(DISTINCT ra) AS withA, collect(DISTINCT rb) AS withB
                  ORDER BY x.name, x.id
                  RETURN collect({entity: %s, xLabels: labels(x), aLabels: labels(a), bLabels: labels(b),
                                  withA: [r IN withA | %s], withB: [r IN withB | %s]}) AS found
                }
                RETURN missing, found""".formatted(KnownEntities.MISSING, traversal.relationship("ra"), traversal.relationship("rb"),
                Traversal.andAlso(traversal.held("ra"), traversal.held("rb"), traversal.admits("x")),
                entity.cypher(), edges.get(0), edges.get(1))),
                records -> found(records, common -> {
                    var x = entity.read(common.get("entity").asObject());
                    var ends = Map.of(a, kindOf(common.get("aLabels")), b, kindOf(common.get("bLabels")));
                    var xKind = kindOf(common.get("xLabels"));
                    var withA = GraphEdge.listOf(common.get("withA").asObject());
                    var withB = GraphEdge.listOf(common.get("withB").asObject());
                    return new CommonGround(x, withA, withB, cheapest(withA, ends, xKind) + cheapest(withB, ends, xKind));
                }).stream().sorted(Comparator.comparingDouble(CommonGround::cost)).toList());
    }

    /**
     * The cost of the cheapest of these relationships by the weights table.
     *
     * @param ends the kinds of the two entities asked about, by id
     * @param common the kind of what they both connect to, at the other end of each relationship
     */
    private static double cheapest(List<GraphEdge> edges, Map<String, EntityKind> ends, EntityKind common) {
        return edges.stream()
                .mapToDouble(e -> RelationWeights.cost(RelationType.of(e.type()).orElse(RelationType.CONNECTED_TO),
                        ends.getOrDefault(e.from(), common), ends.getOrDefault(e.to(), common), e.role(), e.inferred()))
                .min().orElse(0);
    }

    private static EntityKind kindOf(Value labels) {
        return EntityKind.fromLabels(labels.asList(Value::asString));
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
