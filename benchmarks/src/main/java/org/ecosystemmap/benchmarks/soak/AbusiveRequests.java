package org.ecosystemmap.benchmarks.soak;

import java.util.List;
import org.ecosystemmap.benchmarks.generator.SyntheticEcosystem;

/**
 * What an abusive client sends: requests the server must refuse (too deep, too complex, too many aliases, a
 * page too large, a body too large) and requests it allows but that cost a lot (betweenness over the whole
 * graph, every shortest chain between two hubs, a 4-hop neighbourhood of the hub).
 */
final class AbusiveRequests {

    /** One abusive request: a body to send, and whether the server should refuse it. */
    record Abuse(String name, String body, boolean refused) {
    }

    private AbusiveRequests() {
    }

    static List<Abuse> all() {
        var hub = SyntheticEcosystem.partner(0);
        return List.of(
                refused("too deep", "{ entity(id: \\\"" + hub + "\\\") { " + "relations { edges { node { other { ".repeat(6) + "id"
                        + " } } } }".repeat(6) + " } }"),
                refused("too complex", "{ partners(first: 100) { edges { node { relations(first: 100) { edges { node { other { "
                        + "relations(first: 100) { edges { node { type } } } } } } } } } } }"),
                refused("too many aliases", "{ " + aliases(hub, 60) + " }"),
                refused("page too large", "{ search(text: \\\"data\\\", first: 100000) { totalCount } }"),
                new Abuse("body too large", "{\"query\": \"{ __typename }\", \"padding\": \"" + "x".repeat(300_000) + "\"}", true),
                allowed("betweenness of everything", "{ brokers(metric: BETWEENNESS, first: 100) { rank entity { id } } }"),
                allowed("every shortest chain between hubs", "{ shortestPaths(from: \\\"" + hub + "\\\", to: \\\""
                        + SyntheticEcosystem.partner(1) + "\\\", all: true, maxHops: 10) { length } }"),
                allowed("4-hop neighbourhood of the hub", "{ neighbourhood(id: \\\"" + hub + "\\\", depth: 4, limit: 1000) { truncated nodes { id } } }"));
    }

    private static Abuse refused(String name, String query) {
        return new Abuse(name, body(query), true);
    }

    private static Abuse allowed(String name, String query) {
        return new Abuse(name, body(query), false);
    }

    private static String body(String query) {
        return "{\"query\": \"" + query + "\"}";
    }

    private static String aliases(String id, int count) {
        var out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append("a").append(i).append(": entity(id: \\\"").append(id).append("\\\") { name } ");
        }
        return out.toString();
    }
}
