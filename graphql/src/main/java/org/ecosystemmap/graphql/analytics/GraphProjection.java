package org.ecosystemmap.graphql.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.neo4j.driver.Value;

/**
 * The whole graph in memory, for the algorithms the database cannot run here (Graph Data Science does not
 * run embedded): every entity with its kind, and who is connected to whom, as an undirected simple graph in
 * which several relationships between two entities count once. Entities and connections are added in id
 * order, so every algorithm visits them in the same order and gives the same answer. A projection never
 * changes; {@link ProjectionCache} replaces it when the graph does, and what is derived from it is kept with it.
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
    private final Set<String> hubs;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private GraphProjection(Graph<String, DefaultEdge> graph, Map<String, EntityKind> kinds, Map<String, Set<String>> parts) {
        this.graph = graph;
        this.kinds = kinds;
        this.parts = parts;
        this.hubs = findHubs();
    }

    /** Reads every entity and relationship in one read transaction. */
    static GraphProjection load(EcosystemGraph source) {
        return source.read(tx -> {
            Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>undirected().allowingMultipleEdges(false)
                    .allowingSelfLoops(false).edgeClass(DefaultEdge.class).buildGraph();
            var kinds = new HashMap<String, EntityKind>();
            tx.run("MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels ORDER BY id").forEachRemaining(record -> {
                var id = record.get("id").asString();
                graph.addVertex(id);
                kinds.put(id, EntityKind.fromLabels(record.get("labels").asList(Value::asString)));
            });
            var parts = new HashMap<String, Set<String>>();
            tx.run("""
                    MATCH (a:Entity)-[r]->(b:Entity)
                    RETURN a.id AS from, type(r) AS type, b.id AS to
                    ORDER BY from, to, type
                    """).forEachRemaining(record -> {
                var from = record.get("from").asString();
                var to = record.get("to").asString();
                if (!from.equals(to)) {
                    graph.addEdge(from, to);
                }
                if (record.get("type").asString().equals(RelationType.PART_OF.name())) {
                    parts.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
                }
            });
            return new GraphProjection(graph, Map.copyOf(kinds), Map.copyOf(parts));
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

    /** What {@code compute} derives from this projection, computed once per key. */
    @SuppressWarnings("unchecked")
    <T> T derive(Object key, Function<GraphProjection, T> compute) {
        return (T) derived.computeIfAbsent(key, k -> compute.apply(this));
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
