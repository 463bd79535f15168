package org.ecosystemmap.graphql.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A generated family of queries that ask for far too much: lists nested in lists, wide selections under
 * large pages, long id lists, fragments that hide the nesting or double at every step, and nesting past the
 * depth limit. Every one
 * asks for at least a hundred thousand values (or nests deeper than fifteen levels), so every one must be
 * refused before it runs.
 */
final class HostileQueries {

    private HostileQueries() {
    }

    static List<Arguments> all() {
        var queries = new ArrayList<Arguments>();
        var roots = List.of(
                "entity(id: \"tomas\")",
                "neighbourhood(id: \"tomas\", depth: 4, limit: 1000) { nodes",
                "search(text: \"a\", first: 100) { edges { node",
                "entities(ids: [" + IntStream.range(0, 1000).mapToObj(i -> "\"e" + i + "\"").collect(Collectors.joining(", ")) + "])",
                "shortestPaths(from: \"tomas\", to: \"amdex\", all: true, maxHops: 10) { nodes");
        for (var root : roots) {
            for (int levels = 2; levels <= 4; levels++) {
                for (int page : new int[] {100, 60}) {
                    if (root.startsWith("entity(") && Math.pow(page, levels) < 100_000) {
                        continue;
                    }
                    var nested = "id name aliases sources { document lines quote }";
                    for (int i = 0; i < levels; i++) {
                        nested = "id relations(first: " + page + ") { edges { node { type sources { lines quote } other { " + nested + " } } } }";
                    }
                    var query = "{ " + root + " { " + nested + " }" + " }".repeat(closings(root)) + " }";
                    queries.add(Arguments.of(root.substring(0, root.indexOf('(')) + ", " + levels + " levels of relations(first: " + page + ")", query));
                }
            }
        }
        queries.add(Arguments.of("fragments hiding four levels of relations(first: 100)", fragments(4)));
        queries.add(Arguments.of("fragments that spread the next one twice, thirty times over", IntStream.range(0, 30)
                .mapToObj(i -> "fragment F" + i + " on Entity { ...F" + (i + 1) + " ...F" + (i + 1) + " }")
                .collect(Collectors.joining("\n", "{ entity(id: \"tomas\") { ...F0 } }\n", "\nfragment F30 on Entity { id name }"))));
        queries.add(Arguments.of("wide: related lists under a page of 100", """
                { search(text: "a", first: 100) { edges { node { ... on Partner {
                    initiatives { partners { coalitions { members { id name aliases } people { id name } } initiatives { id } } }
                    coalitions { members { initiatives { partners { id name } } } } } } } } }"""));
        queries.add(Arguments.of("a subgraph's edges with all their sources, over many aliases", IntStream.range(0, 20)
                .mapToObj(i -> "n" + i + ": neighbourhood(id: \"tomas\", depth: 4, limit: 1000) { nodes { id name aliases } edges { from to type sources { document lines quote } } }")
                .collect(Collectors.joining(" ", "{ ", " }"))));
        var deep = "other { id }";
        for (int i = 0; i < 6; i++) {
            deep = "other { relations(first: 1) { edges { node { " + deep + " } } } }";
        }
        queries.add(Arguments.of("nested past the depth limit with pages of 1", "{ entity(id: \"tomas\") { relations(first: 1) { edges { node { " + deep + " } } } } }"));
        return queries;
    }

    private static int closings(String root) {
        return (int) root.chars().filter(c -> c == '{').count();
    }

    private static String fragments(int levels) {
        var document = new StringBuilder("{ entity(id: \"tomas\") { ...L0 } }\n");
        for (int i = 0; i < levels; i++) {
            document.append("fragment L").append(i).append(" on Entity { id relations(first: 100) { edges { node { sources { lines } other { ...L")
                    .append(i + 1).append(" } } } } }\n");
        }
        return document.append("fragment L").append(levels).append(" on Entity { id name }").toString();
    }
}
