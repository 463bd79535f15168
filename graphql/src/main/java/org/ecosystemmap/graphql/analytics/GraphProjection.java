package org.ecosystemmap.graphql.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.ecosystemmap.graph.vocabulary.RelationWeights;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.neo4j.driver.Value;

/**
 * The whole graph in memory, for the algorithms the database cannot run here (Graph Data Science does not
 * run embedded): every entity with its kind, and who is connected to whom, as an undirected simple graph in
 * which several relationships between two entities count once. It also keeps every relationship as a
 * {@link Link} with its meaning and years, from which {@link #network} weighs the graph as it was in a year.
 * Entities and connections are added in id order, so every algorithm visits them in the same order and gives
 * the same answer. A projection never changes; {@link ProjectionCache} replaces it when the graph does, and
 * what is derived from it is kept with it.
 */
public final class GraphProjection {

    /** An entity is a hub when it has at least this many times the average number of neighbours of its kind. */
    static final int HUB_FACTOR = 10;

    /**
     * How long reading the whole graph may take. Not the per-question limit: this read is bounded by the graph's
     * size, not by what a client asks, and at a million relationships it takes longer than that limit allows.
     */
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(5);

    private final Graph<String, DefaultEdge> graph;
    private final Map<String, EntityKind> kinds;
    private final Map<String, Set<String>> parts;
    private final List<Link> links;
    private final YearRange years;
    private final Set<String> hubs;
    private final Map<Object, Derived> derived = new ConcurrentHashMap<>();

    private GraphProjection(Graph<String, DefaultEdge> graph, Map<String, EntityKind> kinds, Map<String, Set<String>> parts,
            List<Link> links) {
        this.graph = graph;
        this.kinds = kinds;
        this.parts = parts;
        this.links = links;
        this.years = YearRange.of(links);
        this.hubs = findHubs();
    }

    /** Reads every entity and relationship in one read transaction. */
    static GraphProjection load(EcosystemGraph source) {
        return source.read(tx -> {
            Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>undirected().allowingMultipleEdges(false)
                    .allowingSelfLoops(false).edgeClass(DefaultEdge.class).buildGraph();
            var kinds = new HashMap<String, EntityKind>();
            var ids = new HashMap<String, String>();
            tx.run("MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels ORDER BY id").forEachRemaining(record -> {
                var id = record.get("id").asString();
                ids.put(id, id);
                graph.addVertex(id);
                kinds.put(id, EntityKind.fromLabels(record.get("labels").asList(Value::asString)));
            });
            var parts = new HashMap<String, Set<String>>();
            var links = new ArrayList<Link>();
            tx.run("""
                    MATCH (a:Entity)-[r]->(b:Entity)
                    RETURN a.id AS from, type(r) AS type, b.id AS to, r.role AS role, r.inferred AS inferred,
                           r.since AS since, r.until AS until
                    ORDER BY from, to, type
                    """).forEachRemaining(record -> {
                var from = record.get("from").asString();
                var to = record.get("to").asString();
                var type = RelationType.of(record.get("type").asString()).orElse(RelationType.CONNECTED_TO);
                if (!from.equals(to)) {
                    graph.addEdge(from, to);
                    var meaning = RelationWeights.meaning(type, kinds.get(from), kinds.get(to), record.get("role").asString(null));
                    // The entities' own id strings, not the record's copies, so that a million links share them.
                    links.add(new Link(ids.getOrDefault(from, from), ids.getOrDefault(to, to), type, meaning,
                            record.get("inferred").asBoolean(false), record.get("since").asInt(Link.OPEN), record.get("until").asInt(Link.OPEN)));
                }
                if (type == RelationType.PART_OF) {
                    parts.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
                }
            });
            links.trimToSize();
            return new GraphProjection(graph, Map.copyOf(kinds), Map.copyOf(parts), Collections.unmodifiableList(links));
        }, LOAD_TIMEOUT);
    }

    /** Who is connected to whom. */
    public Graph<String, DefaultEdge> graph() {
        return new AsUnmodifiableGraph<>(graph);
    }

    public EntityKind kind(String id) {
        return kinds.get(id);
    }

    /**
     * The hubs: entities with at least {@link #HUB_FACTOR} times the average number of neighbours of their
     * kind. Comparing within a kind keeps initiatives, which gather goals and parts, from counting as hubs.
     */
    public Set<String> hubs() {
        return hubs;
    }

    /** The entities PART_OF this one, directly or through other parts. */
    public Set<String> partsOf(String id) {
        var all = new TreeSet<String>();
        var next = new ArrayList<>(parts.getOrDefault(id, Set.of()));
        while (!next.isEmpty()) {
            var part = next.removeLast();
            if (all.add(part)) {
                next.addAll(parts.getOrDefault(part, Set.of()));
            }
        }
        return all;
    }

    /** The years the graph's relationships state. */
    YearRange years() {
        return years;
    }

    /** Every relationship between two different entities, in the order of their ends' ids and type. */
    public List<Link> links() {
        return links;
    }

    /** The relationships of an entity, in the order of {@link #links}. */
    public List<Link> linksOf(String id) {
        Map<String, List<Link>> byEntity = derive(LinksByEntity.class, GraphProjection::linksByEntity);
        return byEntity.getOrDefault(id, List.of());
    }

    /**
     * The weighted graph as it was in a year ({@link Link#holdsIn}), or of every relationship when the year is
     * null; kept with the projection, one per year of the graph's {@link YearRange}.
     */
    public Network network(Integer year) {
        var normalised = years.normalise(year);
        return derive(new NetworkKey(normalised), p -> Network.of(graph.vertexSet(), links, link -> link.holdsIn(normalised)));
    }

    /** As {@link #network(Integer)}, following only relationships of these types; made afresh, not kept. */
    public Network network(Integer year, Collection<RelationType> types) {
        return types == null ? network(year)
                : Network.of(graph.vertexSet(), links, link -> types.contains(link.type()) && link.holdsIn(year));
    }

    /**
     * What {@code compute} derives from this projection, computed once per key; one computation may derive
     * another (scores from a year's network), and two requests for the same key wait for one computation.
     */
    @SuppressWarnings("unchecked")
    <T> T derive(Object key, Function<GraphProjection, T> compute) {
        return (T) derived.computeIfAbsent(key, k -> new Derived()).get(() -> compute.apply(this));
    }

    /** A value derived once, on first request. */
    private static final class Derived {

        private Object value;

        synchronized Object get(Supplier<?> compute) {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }

    private record NetworkKey(Integer year) {
    }

    private record LinksByEntity() {
    }

    private static Map<String, List<Link>> linksByEntity(GraphProjection projection) {
        var byEntity = new HashMap<String, List<Link>>();
        for (var link : projection.links) {
            byEntity.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            byEntity.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
        }
        return byEntity;
    }

    private Set<String> findHubs() {
        var degreeSums = new HashMap<EntityKind, Integer>();
        var counts = new HashMap<EntityKind, Integer>();
        for (var id : graph.vertexSet()) {
            degreeSums.merge(kinds.get(id), graph.degreeOf(id), Integer::sum);
            counts.merge(kinds.get(id), 1, Integer::sum);
        }
        var found = new TreeSet<String>();
        for (var id : graph.vertexSet()) {
            var kind = kinds.get(id);
            double average = (double) degreeSums.get(kind) / counts.get(kind);
            if (graph.degreeOf(id) >= HUB_FACTOR * average && graph.degreeOf(id) > 0) {
                found.add(id);
            }
        }
        return Collections.unmodifiableSet(found);
    }
}
