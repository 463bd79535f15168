package org.ecosystemmap.benchmarks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecosystemmap.benchmarks.process.AppProcess;
import org.ecosystemmap.benchmarks.process.NodePeer;
import org.ecosystemmap.benchmarks.report.ResultsFiles;
import org.ecosystemmap.benchmarks.scenario.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole harness at the smoke size, with windows of a fraction of a second: it checks that it works (every
 * system answers every scenario, the results are written in the schema), not its timings. The start-up
 * timing is left out (it starts the application twice more), and the @neo4j/graphql peer only when npm is
 * missing.
 *
 * <p>Slow (three minutes on two cores: the application's jar started as a process, the @neo4j/graphql peer,
 * every scenario and import mode): it checks a developer's tool, {@code ./ecomap bench}, not what the
 * application does for its users, and runs with {@code ./ecomap test --slow}; {@code SyntheticEcosystemTest}
 * checks the generator the benchmarks import on every run.
 */
@Tag("slow")
@DisplayName("The benchmark harness at the smoke size")
class BenchmarkRunSmokeTest {

    private static final Path APP_JAR = Path.of("../api/target/ecosystem-map.jar");
    private static final Set<String> SCENARIOS = Set.of("lookup", "search", "neighbourhood2", "shortestPath", "sharedPartners", "brokers", "mix");

    @TempDir
    Path temp;

    @Test
    @DisplayName("asks all three systems every scenario without an error and writes the results in the schema")
    void runsAndWritesTheSchema() throws Exception {
        boolean peer = NodePeer.available();
        var out = temp.resolve("docs");
        var settings = new BenchSettings(List.of("smoke"), "smoke", Scenario.all(), List.of(1, 2), Duration.ofMillis(100), Duration.ofMillis(300),
                Duration.ofMillis(500), 42, peer, 0, out, "benchmarks", temp.resolve("work"),
                new AppProcess.Launch(APP_JAR.toAbsolutePath(), Path.of("../ecomap").toAbsolutePath(), List.of(), freePort(), freePort(), temp.resolve("work/logs")),
                Path.of("neo4j-graphql").toAbsolutePath(), freePort(), "smoke test", true, List.of("bolt", "embedded"));

        new BenchmarkRun(settings, line -> { }).execute();

        var json = JsonMapper.builder().build().readTree(Files.readString(out.resolve("benchmarks.json")));
        assertThat(json.has("machine")).isTrue();
        var runs = list(json.get("runs"));
        var systems = peer ? Set.of("raw-cypher", "graphql", "neo4j-graphql-js") : Set.of("raw-cypher", "graphql");
        assertThat(runs).hasSize(systems.size() * SCENARIOS.size() * 2);
        assertThat(runs.stream().map(r -> r.get("system").asString()).collect(Collectors.toSet())).isEqualTo(systems);
        assertThat(runs.stream().map(r -> r.get("scenario").asString()).collect(Collectors.toSet())).isEqualTo(SCENARIOS);
        assertThat(runs.stream().map(r -> r.get("clients").asInt()).collect(Collectors.toSet())).containsExactlyInAnyOrder(1, 2);
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.get("errors").asLong()).as("errors of %s", run).isZero();
            assertThat(run.get("rps").asDouble()).as("rps of %s", run).isNotNegative();
            assertThat(run.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(run.get("p50_ms").asDouble());
        });
        var imports = list(json.get("import"));
        assertThat(imports.stream().map(r -> r.get("target").asString() + " " + r.get("mode").asString())).containsExactly(
                "bolt naive-per-row", "bolt first", "bolt unchanged", "bolt changed-1pct", "embedded first", "embedded unchanged", "embedded changed-1pct");
        assertThat(imports).allSatisfy(run -> {
            assertThat(run.get("relationships").asLong()).isPositive();
            assertThat(run.get("seconds").asDouble()).isPositive();
            assertThat(run.get("rel_per_s").asDouble()).isPositive();
            assertThat(run.get("cpu_s").asDouble()).isPositive();
        });
        assertThat(imports.get(1).get("relationships").asLong()).isEqualTo(2_000);
        assertThat(imports.get(2).get("written").asLong()).isZero();
        assertThat(imports.get(4).get("relationships").asLong()).isEqualTo(2_000);
        assertThat(imports.get(5).get("written").asLong()).isZero();
        assertThat(imports.get(6).get("written").asLong()).as("the 1 %% changed relationships").isEqualTo(20);
        assertThat(list(json.get("memory"))).allSatisfy(m -> assertThat(m.get("heap_mib").asDouble()).isPositive());
        assertThat(Files.readString(out.resolve("benchmarks.md"))).contains(ResultsFiles.START, "### Targets", "### Import", "lookup");
        assertThat(Files.size(out.resolve("benchmarks.png"))).isPositive();
    }

    private static List<JsonNode> list(JsonNode array) {
        var list = new ArrayList<JsonNode>();
        array.forEach(list::add);
        return list;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
