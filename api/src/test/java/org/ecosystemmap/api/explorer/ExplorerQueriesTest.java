package org.ecosystemmap.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every GraphQL query the explorer sends, read from its scripts as they are, costs the database one statement
 * per root field, whatever the bundled dataset holds (the graphql module's {@code RoundTripsTest} checks the
 * cookbook and the benchmark's questions the same way).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The explorer's queries")
class ExplorerQueriesTest {

    /** A string constant of a script: {@code const NAME = `...`;} or {@code '...'}, exported or not. */
    private static final Pattern CONSTANT = Pattern.compile("const\\s+([A-Z_]+)\\s*=\\s*(`[^`]*`|'[^']*')\\s*;");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z_]+)}");

    /** Root fields read from the analytics projection, which checks once per request that it is current. */
    private static final Set<String> FROM_THE_PROJECTION = Set.of("brokers", "communities", "suggestPartners", "hubs", "paths",
            "coParticipation");

    /** Root fields answered from the vocabulary in memory, which read nothing from the graph. */
    private static final Set<String> WITHOUT_THE_GRAPH = Set.of("vocabulary");

    /**
     * Where a query's variable of a name common to several takes another type: the dates of a period, the kinds of a
     * network; and a question in words, which a bare name is not.
     */
    private static final Map<String, Map<String, Object>> OWN_VARIABLES = Map.of(
            "CHANGES", Map.of("from", "2021", "to", "2021-12"),
            "NETWORK", Map.of("kinds", List.of("INITIATIVE"), "via", List.of("PARTNER", "COALITION")),
            "ASK", Map.of("text", "Wie verbindt Philips met TechGrounds?", "lang", "nl"));

    /** The values the explorer's variables take here, by name: a query with a variable not listed fails. */
    private static final Map<String, Object> VARIABLES = variables();

    private RunningServer server;
    private EcosystemGraph graph;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        // With the bundled dataset, and keys: the explorer asks a curator's questions too (likelyDuplicates), sent here with a
        // curator's key. Without the periodic check for abandoned imports, whose statements would count as the queries'.
        var properties = new HashMap<>(TestKeys.serverProperties(false));
        properties.remove("ecosystem.bundled-dataset.enabled");
        properties.put("ecosystem.importer.abandoned-import-check", "0s");
        server = RunningServer.start(properties);
        graph = server.context().getBean(EcosystemGraph.class);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("each cost one statement per root field")
    void oneStatementPerRootField() throws IOException {
        var queries = queries();
        assertThat(queries).as("the explorer's queries").hasSizeGreaterThanOrEqualTo(10);
        // The analytics projection is read once, before counting, as it is on a server that has answered before.
        server.graphQl("{ hubs { id } }");
        queries.forEach((name, document) -> {
            var operation = Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).getFirst();
            var roots = operation.getSelectionSet().getSelectionsOfType(Field.class).stream().map(Field::getName)
                    .filter(root -> !WITHOUT_THE_GRAPH.contains(root)).toList();
            var values = new HashMap<>(VARIABLES);
            values.putAll(OWN_VARIABLES.getOrDefault(name, Map.of()));
            var variables = new HashMap<String, Object>();
            for (VariableDefinition variable : operation.getVariableDefinitions()) {
                assertThat(values).as("a value for $%s of %s", variable.getName(), name).containsKey(variable.getName());
                variables.put(variable.getName(), values.get(variable.getName()));
            }
            long before = graph.queryCount();
            var answer = server.graphQlAs(TestKeys.CURATOR, document, variables);
            long sent = graph.queryCount() - before;

            assertThat(answer.has("errors")).as("errors of %s: %s", name, answer).isFalse();
            boolean projection = roots.stream().anyMatch(FROM_THE_PROJECTION::contains) || roots.contains("shortestPaths");
            assertThat(sent).as("statements of %s (%s)", name, roots).isEqualTo(roots.size() + (projection ? 1 : 0));
        });
    }

    /** The GraphQL documents among the scripts' string constants, by constant name, interpolations resolved. */
    private static Map<String, String> queries() throws IOException {
        var constants = new HashMap<String, String>();
        for (var script : new PathMatchingResourcePatternResolver().getResources("classpath:static/explorer/*.js")) {
            var matcher = CONSTANT.matcher(script.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                var value = matcher.group(2);
                constants.put(matcher.group(1), value.substring(1, value.length() - 1));
            }
        }
        var queries = new LinkedHashMap<String, String>();
        constants.forEach((name, value) -> {
            var text = value.strip();
            if (text.startsWith("query") || text.startsWith("{")) {
                queries.put(name, resolve(text, constants));
            }
        });
        return queries;
    }

    private static String resolve(String text, Map<String, String> constants) {
        var resolved = INTERPOLATION.matcher(text).replaceAll(match -> resolve(constants.get(match.group(1)), constants));
        return resolved;
    }

    private static Map<String, Object> variables() {
        var values = new HashMap<String, Object>();
        values.put("id", "tomas");
        values.put("ids", List.of("amdex", "inkopen-met-impact"));
        values.put("after", null);
        values.put("text", "tomas");
        values.put("kinds", null);
        values.put("first", 10);
        values.put("metric", "BETWEENNESS");
        values.put("depth", 2);
        values.put("limit", 150);
        values.put("from", "philips");
        values.put("to", "techgrounds");
        values.put("maxHops", 6);
        values.put("excludeHubs", true);
        values.put("all", false);
        values.put("filter", Map.of("places", List.of("amsterdam"), "sectors", List.of("ict")));
        values.put("profile", Map.of("sectors", List.of("ict"), "place", "zaandam"));
        values.put("lang", "NL");
        values.put("goal", null);
        values.put("weighted", true);
        values.put("asOf", 2021);
        values.put("minShared", 1);
        values.put("throughParts", true);
        return values;
    }
}
