package org.ecosystemmap.benchmarks.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.NameKeys;
import org.ecosystemmap.graphql.entity.SearchText;

/**
 * The benchmark's questions, each as Ecosystem Map's GraphQL, as {@code @neo4j/graphql} asks it with the
 * peer's type definitions (benchmarks/neo4j-graphql/typeDefs.graphql), and as the Cypher our server runs for
 * it, sent straight over the driver. The names are those of docs/benchmarks.json.
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
            """
            MATCH (n:Entity {id: $id})
            CALL (n) {
              MATCH (n)-[r]-(m:Entity)
              WITH r, m ORDER BY type(r), m.name, m.id
              RETURN collect({type: type(r), role: r.role, id: m.id, name: m.name}) AS related
            }
            RETURN n.id AS id, n.name AS name, labels(n) AS labels, size(related) AS total, related[0..50] AS page"""),

    /** Full-text search, best match first, a page of 20. */
    SEARCH("search",
            """
            query($text: String!) { search(text: $text, first: 20) { totalCount edges { score node { id name } } } }""",
            """
            query($query: String!, $exact: String!) { search(query: $query, exact: $exact, first: 20) { id name } }""",
            """
            CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
            WITH node, score, CASE
                WHEN $exact IN coalesce(node.nameKeys, []) THEN 2
                WHEN any(key IN coalesce(node.nameKeys, []) WHERE key STARTS WITH $exact) THEN 1
                ELSE 0 END AS tier
            ORDER BY tier DESC, score DESC, node.name, node.id
            WITH collect({id: node.id, name: node.name, score: score}) AS hits
            RETURN size(hits) AS total, hits[0..20] AS page"""),

    /** Everything within two relationships of an organisation, at most 200 entities, with the edges between them. */
    NEIGHBOURHOOD2("neighbourhood2",
            """
            query($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 200) { truncated nodes { id name } edges { from to type } } }""",
            """
            query($id: ID!) { neighbourhood(id: $id, limit: 200) { truncated nodes { id name } edges { from to type } } }""",
            """
            MATCH (centre:Entity {id: $id})
            CALL (centre) {
              MATCH p = SHORTEST 1 (centre) (()-[r]-(x:Entity)){1,2} (m:Entity)
              WHERE m <> centre
              WITH m, length(p) AS distance
              ORDER BY distance, m.name, m.id
              LIMIT 200
              RETURN collect(m) AS near
            }
            WITH [centre] + near[..199] AS nodes, size(near) > 199 AS truncated
            CALL (nodes) {
              UNWIND nodes AS a
              MATCH (a)-[r]->(b:Entity)
              WHERE b IN nodes
              RETURN collect({from: a.id, to: b.id, type: type(r)}) AS edges
            }
            RETURN [n IN nodes | {id: n.id, name: n.name}] AS nodes, edges, truncated"""),

    /** One shortest chain between two organisations, at most 6 relationships long. */
    SHORTEST_PATH("shortestPath",
            """
            query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to, maxHops: 6) { length nodes { id name } edges { from to type } } }""",
            """
            query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { id name } }""",
            """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = SHORTEST 1 (a) (()-[r]-(x:Entity)){1,6} (b)
            RETURN [n IN nodes(p) | {id: n.id, name: n.name}] AS nodes,
                   [r IN relationships(p) | {from: startNode(r).id, to: endNode(r).id, type: type(r)}] AS edges"""),

    /** The organisations taking part in both of two initiatives, also through their parts. */
    SHARED_PARTNERS("sharedPartners",
            """
            query($ids: [ID!]!) { sharedPartners(ids: $ids) { partner { id name } via { from to type } } }""",
            """
            query($ids: [ID!]!) { sharedPartners(ids: $ids) { id name } }""",
            """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            MATCH chain = (part:Entity) (()-[:PART_OF]->())* (e)
            MATCH (p:Partner)-[r:PARTNER_IN|MEMBER_OF|FUNDS]-(part)
            WHERE NOT p.id IN $ids
            WITH p, id, [r] + relationships(chain) AS steps
            WITH p, count(DISTINCT id) AS reached, collect(steps) AS stepLists
            WHERE reached = size($ids)
            UNWIND stepLists AS steps
            UNWIND steps AS step
            WITH p, collect(DISTINCT step) AS via
            RETURN p.id AS id, p.name AS name, [s IN via | {from: startNode(s).id, to: endNode(s).id, type: type(s)}] AS via
            ORDER BY p.name, p.id"""),

    /** The 20 best-connected entities (degree: distinct neighbours). */
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
    private final String cypher;

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
            case RAW_CYPHER -> new Request(cypher, peerVariables(workload, i));
        };
    }

    /** The {@code i}-th question of the mix: the scenarios in turn. */
    public static Request mixed(SystemUnderTest system, Workload workload, long i) {
        var all = values();
        return all[(int) (i % all.length)].request(system, workload, i / all.length);
    }

    private Map<String, Object> graphQlVariables(Workload workload, long i) {
        return switch (this) {
            case SEARCH -> Map.of("text", workload.searchText(i));
            default -> peerVariables(workload, i);
        };
    }

    private Map<String, Object> peerVariables(Workload workload, long i) {
        return switch (this) {
            case LOOKUP, NEIGHBOURHOOD2 -> Map.of("id", workload.partner(i));
            case SEARCH -> Map.of("query", SearchText.lucene(workload.searchText(i)), "exact", NameKeys.of(workload.searchText(i)));
            case SHORTEST_PATH -> Map.of("from", workload.partnerPair(i)[0], "to", workload.partnerPair(i)[1]);
            case SHARED_PARTNERS -> Map.of("ids", List.of(workload.initiativePair(i)));
            case BROKERS -> Map.of();
        };
    }
}
