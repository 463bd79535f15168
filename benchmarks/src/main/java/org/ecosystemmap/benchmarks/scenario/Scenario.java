package org.ecosystemmap.benchmarks.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graphql.compile.CompiledStatements;
import org.ecosystemmap.graphql.entity.SearchText;

/**
 * The benchmark's questions, each as Ecosystem Map's GraphQL, as {@code @neo4j/graphql} asks it with the
 * peer's type definitions (benchmarks/neo4j-graphql/typeDefs.graphql), and as raw Cypher sent straight over
 * the driver: the very statement our server runs for the GraphQL question, compiled by the server's own
 * compiler ({@link CompiledStatements}), so the floor cannot drift from what is measured against it. The
 * names are those of docs/benchmarks.json.
 */
public enum Scenario {

    /** An organisation with its first 50 relationships and who is at their other end. */
    LOOKUP("lookup",
            """
            query($id: ID!) { entity(id: $id) { id name relations(first: 50) { totalCount edges { node { type role other { id name } } } } } }""",
            """
            query($id: ID!) { entities(where: {id: {eq: $id}}) { id name
              partnerInConnection(first: 50) { totalCount edges { properties { role } node { id name } } }
              memberOfConnection(first: 50) { totalCount edges { properties { role } node { id name } } }
              locatedInConnection(first: 50) { totalCount edges { properties { role } node { id name } } }
              runsConnection(first: 50) { totalCount edges { properties { role } node { id name } } }
              employeesConnection(first: 50) { totalCount edges { properties { role } node { id name } } } } }""",
            null),

    /** Full-text search, best match first, a page of 20. */
    SEARCH("search",
            """
            query($text: String!) { search(text: $text, first: 20) { totalCount edges { score node { id name } } } }""",
            """
            query($query: String!, $queryNl: String!, $queryEn: String!, $exact: String!) {
              search(query: $query, queryNl: $queryNl, queryEn: $queryEn, exact: $exact, first: 20) { id name } }""",
            null),

    /** Everything within two relationships of an organisation, at most 200 entities, with the edges between them. */
    NEIGHBOURHOOD2("neighbourhood2",
            """
            query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name } edges { from to type } } }""",
            """
            query($id: ID!) { neighbourhood(id: $id, limit: 200) { truncated nodes { id name } edges { from to type } } }""",
            null),

    /** One shortest chain between two organisations, at most 6 relationships long. */
    SHORTEST_PATH("shortestPath",
            """
            query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to, maxHops: 6) { length nodes { id name } edges { from to type } } }""",
            """
            query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { id name } }""",
            null),

    /**
     * The organisations taking part in both of two initiatives, also through their parts: their ids and names,
     * what the peer answers. (Until December our question also asked for {@code via}, the chain of each
     * partner, which the peer cannot give: a larger answer than the one it was compared with.)
     */
    SHARED_PARTNERS("sharedPartners",
            """
            query($ids: [ID!]!) { sharedPartners(ids: $ids) { partner { id name } } }""",
            """
            query($ids: [ID!]!) { sharedPartners(ids: $ids) { id name } }""",
            null),

    /**
     * The 20 best-connected entities (degree: distinct neighbours). Our server answers it from its analytics
     * projection, not with a statement; the floor is the degree ranking in Cypher, which the peer runs too.
     */
    BROKERS("brokers",
            """
            { brokers(metric: DEGREE, first: 20) { rank score entity { id name } } }""",
            """
            { brokers(first: 20) { id name } }""",
            """
            MATCH (n:Entity)
            WITH n, COUNT { MATCH (n)--(m:Entity) WHERE m <> n RETURN DISTINCT m } AS degree
            ORDER BY degree DESC, n.id
            LIMIT 20
            RETURN n.id AS id, n.name AS name, degree""");

    /** The scenario name of the run that cycles through all six in turn. */
    public static final String MIX = "mix";

    private final String label;
    private final String graphQl;
    private final String peerGraphQl;
    /** The raw Cypher where our server runs no statement for the question; else null (compiled, see above). */
    private final String cypher;
    private final Map<Map<String, Object>, Request> compiled = new ConcurrentHashMap<>();

    Scenario(String label, String graphQl, String peerGraphQl, String cypher) {
        this.label = label;
        this.graphQl = graphQl;
        this.peerGraphQl = peerGraphQl;
        this.cypher = cypher;
    }

    public String label() {
        return label;
    }

    /** Every scenario's name, and the mix last. */
    public static List<String> all() {
        var all = new ArrayList<String>();
        for (var scenario : values()) {
            all.add(scenario.label());
        }
        all.add(MIX);
        return all;
    }

    /** The {@code i}-th question of this scenario, as {@code system} is asked it. */
    public Request request(SystemUnderTest system, Workload workload, long i) {
        return switch (system) {
            case GRAPHQL -> new Request(graphQl, graphQlVariables(workload, i));
            case NEO4J_GRAPHQL_JS -> new Request(peerGraphQl, peerVariables(workload, i));
            case RAW_CYPHER -> cypher != null ? new Request(cypher, peerVariables(workload, i)) : compiled(workload, i);
        };
    }

    /**
     * Compiles the raw-Cypher requests of every workload question ahead, so that compiling is not timed: the
     * workload repeats after {@link Workload#size()} questions.
     */
    public void prepare(Workload workload) {
        for (long i = 0; i < workload.size(); i++) {
            request(SystemUnderTest.RAW_CYPHER, workload, i);
        }
    }

    private Request compiled(Workload workload, long i) {
        return compiled.computeIfAbsent(graphQlVariables(workload, i), variables -> {
            var statement = CompiledStatements.of(graphQl, variables).getFirst();
            return new Request(statement.cypher(), statement.parameters());
        });
    }

    /** The {@code i}-th question of the mix: the scenarios in turn. */
    public static Request mixed(SystemUnderTest system, Workload workload, long i) {
        return inMix(i).request(system, workload, i / values().length);
    }

    /** The scenario of the {@code i}-th question of the mix. */
    public static Scenario inMix(long i) {
        var all = values();
        return all[(int) (i % all.length)];
    }

    private Map<String, Object> graphQlVariables(Workload workload, long i) {
        return switch (this) {
            case SEARCH -> Map.of("text", workload.searchText(i));
            default -> peerVariables(workload, i);
        };
    }

    /** The peer searches the same three indexes as our server, with the same queries. */
    private static Map<String, Object> peerSearch(String text) {
        var queries = SearchText.indexQueries(text);
        return Map.of("query", queries.get(0), "queryNl", queries.get(1), "queryEn", queries.get(2), "exact", NameKeys.of(text));
    }

    private Map<String, Object> peerVariables(Workload workload, long i) {
        return switch (this) {
            case LOOKUP, NEIGHBOURHOOD2 -> Map.of("id", workload.partner(i));
            case SEARCH -> peerSearch(workload.searchText(i));
            case SHORTEST_PATH -> Map.of("from", workload.partnerPair(i)[0], "to", workload.partnerPair(i)[1]);
            case SHARED_PARTNERS -> Map.of("ids", List.of(workload.initiativePair(i)));
            case BROKERS -> Map.of();
        };
    }
}
