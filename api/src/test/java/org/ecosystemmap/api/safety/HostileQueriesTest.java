package org.ecosystemmap.api.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.ecosystemmap.graph.testing.Lattice;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's attack, over HTTP: eight clients at once send the query whose cost once wrapped around 32 bits
 * (50 MB in 7.5 s each; eight made the server run out of memory) and queries that ask for far too much in
 * other ways. Each gets a clear error at once, the heap stays where it was, and a bystander reading all the
 * while is answered every time. A query within every limit that runs away in the database is stopped at the
 * time limit, its database work included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Hostile queries from many clients at once")
class HostileQueriesTest {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(3);

    private static final String OVERFLOWING = """
            { neighbourhood(id: "tomas", depth: 2, limit: 1000) { nodes { id relations(first: 100) { edges { node {
                type sources { lines quote } other { id relations(first: 100) { edges { node {
                  type sources { lines quote } other { id relations(first: 100) { edges { node {
                    type sources { lines quote } other { id name } } } } } } } } } } } } } } }""";

    private static final String BYSTANDER = "{ entity(id: \"tomas\") { name relations(first: 5) { totalCount } } }";

    private static final String RUNAWAY = "{ shortestPaths(from: \"start\", to: \"end\", all: true) { length nodes { id } } }";

    private RunningServer server;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        new Importer(TestNeo4j.graph()).importDataset(new ClasspathSource("datasets/jaarverslag-2021"), ImportOptions.DEFAULT);
        Lattice.add(40, 4);
        var properties = TestKeys.serverProperties(false);
        properties.put("ecosystem.graphql.request-timeout", TIME_LIMIT.toSeconds() + "s");
        properties.put("ecosystem.neo4j.query-timeout", "10m");
        server = RunningServer.start(properties);
        // A first request loads and compiles much of the server; the bystander should meet a warm one.
        server.graphQl(BYSTANDER);
        hostile().forEach(server::graphQl);
    }

    @AfterAll
    void stop() {
        server.close();
        TestNeo4j.clear();
    }

    static List<String> hostile() {
        var queries = new ArrayList<>(List.of(OVERFLOWING,
                IntStream.range(0, 30).mapToObj(i -> "fragment F" + i + " on Entity { ...F" + (i + 1) + " ...F" + (i + 1) + " }")
                        .collect(Collectors.joining("\n", "{ entity(id: \"tomas\") { ...F0 } }\n", "\nfragment F30 on Entity { id name }")),
                IntStream.range(0, 20).mapToObj(i -> "n" + i + ": neighbourhood(id: \"tomas\", depth: 4, limit: 1000) { nodes { id name aliases "
                        + "relations(first: 100) { edges { node { type sources { lines quote } } } } } }").collect(Collectors.joining(" ", "{ ", " }"))));
        var nested = "id name";
        for (int level = 0; level < 4; level++) {
            nested = "id relations(first: 100) { edges { node { type sources { lines } other { " + nested + " } } } }";
            queries.add("{ search(text: \"amsterdam\", first: 100) { edges { node { " + nested + " } } } }");
        }
        return queries;
    }

    @Test
    @DisplayName("each gets a clear error at once; the heap and a bystander reading all the while are unaffected")
    void refusedOrStoppedWithoutHarm() throws Exception {
        long heapBefore = heapAfterGc();
        var stop = new AtomicBoolean();
        var bystander = new ConcurrentLinkedQueue<JsonNode>();
        var answers = new ArrayList<Answer>();
        try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
            var reading = clients.submit(() -> {
                while (!stop.get()) {
                    bystander.add(server.graphQl(BYSTANDER));
                }
            });
            try {
                var pending = new ArrayList<Future<Answer>>();
                for (int client = 0; client < 8; client++) {
                    for (var query : hostile()) {
                        pending.add(clients.submit(() -> Answer.of(server, query)));
                    }
                }
                for (var answer : pending) {
                    answers.add(answer.get());
                }
            } finally {
                stop.set(true);
            }
            reading.get();
        }

        assertThat(answers).hasSize(8 * hostile().size()).allSatisfy(a -> {
            assertThat(a.body().path("data").isMissingNode() || a.body().path("data").isNull()).as("no data in %s", a.body()).isTrue();
            assertThat(a.body().at("/errors/0/extensions/classification").asString()).as(a.body().toString()).isEqualTo("BAD_REQUEST");
            assertThat(a.body().at("/errors/0/message").asString()).containsAnyOf("too much at once", "levels deep", "ran longer than the time limit");
            assertThat(a.took()).as("answered within the time limit").isLessThan(TIME_LIMIT.plusSeconds(5));
        });
        assertThat(bystander).isNotEmpty().allSatisfy(answer -> assertThat(answer.at("/data/entity/name").asString()).isEqualTo("TOMAS"));
        assertThat(heapAfterGc() - heapBefore).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);
    }

    @Test
    @DisplayName("a query within every limit that runs away gets a clear error within the time limit, and its database work ends")
    void runawayIsStopped() {
        var answer = Answer.of(server, RUNAWAY);

        assertThat(answer.body().at("/errors/0/message").asString()).contains("ran longer than the time limit");
        assertThat(answer.took()).isLessThan(TIME_LIMIT.plusSeconds(5));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(runningQueries("ALL SHORTEST")).isZero());
        assertThat(server.graphQl("{ entity(id: \"tomas\") { name } }").at("/data/entity/name").asString()).isEqualTo("TOMAS");
    }

    private record Answer(JsonNode body, Duration took) {
        static Answer of(RunningServer server, String query) {
            long started = System.nanoTime();
            var body = server.graphQl(query);
            return new Answer(body, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static long runningQueries(String text) {
        return TestNeo4j.graph().read(tx -> tx.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text RETURN count(*) AS n",
                Map.of("text", text)).single().get("n").asLong());
    }

    private static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
