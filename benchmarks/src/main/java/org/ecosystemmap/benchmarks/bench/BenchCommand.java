package org.ecosystemmap.benchmarks.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecosystemmap.benchmarks.process.AppOptions;
import org.ecosystemmap.benchmarks.process.NodePeer;
import org.ecosystemmap.benchmarks.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench}: the whole benchmark in one run, results into docs/benchmarks.{md,json,png}. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures imports, queries (raw Cypher, our GraphQL, @neo4j/graphql side by side), start-up and memory; "
                + "writes docs/benchmarks.md, .json and .png.",
                "Run it on a quiet machine: the load average is recorded with every figure."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--size", split = ",", description = "sizes to import and measure, smallest first (default: 1k,10k,100k; with --quick: 10k)")
    List<String> sizes;

    @Option(names = "--query-size", description = "the size the queries run at (default: the largest)")
    String querySize;

    @Option(names = "--scenario", split = ",", description = "only these scenarios: lookup, search, neighbourhood2, shortestPath, sharedPartners, brokers, mix (default: all)")
    List<String> scenarios;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--quick", description = "short windows (1 s warm-up, 3 s measured, 5 s naive loader) for a first look")
    boolean quick;

    @Option(names = "--warm-up", description = "seconds of unmeasured load before each window; the first window of each scenario three times as long (default: 3)")
    Double warmUp;

    @Option(names = "--duration", description = "seconds each measured window lasts (default: 10)")
    Double duration;

    @Option(names = "--naive-seconds", description = "how long the naive per-row loader runs at each size; 0 leaves it out (default: 20)")
    Double naiveSeconds;

    @Option(names = "--no-peer", description = "leave out @neo4j/graphql on Node (it needs node and npm)")
    boolean noPeer;

    @Option(names = "--no-startup", description = "leave out timing the cold start with the bundled dataset and a warm restart")
    boolean noStartup;

    @Option(names = "--startup-runs", defaultValue = "3", description = "cold starts (each followed by a warm restart) to time; "
            + "the machine's noise makes one too few (default: ${DEFAULT-VALUE})")
    int startupRuns;
    @Option(names = "--imports-only", description = "measure the imports (and memory) only: no queries, no start-up")
    boolean importsOnly;

    @Option(names = "--import-target", split = ",", defaultValue = "bolt,embedded",
            description = "where the imports go: bolt (into the server, as ./ecomap import --uri), embedded (into an embedded database "
                    + "in this process, as ./ecomap import into a data folder) (default: ${DEFAULT-VALUE})")
    List<String> importTargets;

    @Mixin
    AppOptions app;

    @Option(names = "--peer-dir", defaultValue = "benchmarks/neo4j-graphql", description = "the @neo4j/graphql server (default: ${DEFAULT-VALUE})")
    Path peerDir;

    @Option(names = "--peer-port", defaultValue = "44000", description = "the @neo4j/graphql server's port (default: ${DEFAULT-VALUE})")
    int peerPort;

    private final String commandLine;

    public BenchCommand(String commandLine) {
        this.commandLine = commandLine;
    }

    @Override
    public Integer call() throws Exception {
        var chosenSizes = sizes != null ? sizes : quick ? List.of("10k") : List.of("1k", "10k", "100k");
        boolean withPeer = !noPeer && !importsOnly && NodePeer.available();
        if (!noPeer && !importsOnly && !withPeer) {
            System.err.println("node and npm were not found: running without the @neo4j/graphql peer");
        }
        var settings = new BenchSettings(chosenSizes, querySize != null ? querySize : chosenSizes.getLast(),
                scenarios != null ? scenarios : Scenario.all(), clients,
                seconds(warmUp, quick ? 1 : 3), seconds(duration, quick ? 3 : 10), seconds(naiveSeconds, quick ? 5 : 20), app.seed,
                withPeer, noStartup || importsOnly ? 0 : startupRuns, app.out, "benchmarks", app.scratch(), app.launch(),
                peerDir.toAbsolutePath(), peerPort, commandLine, !importsOnly, importTargets);
        new BenchmarkRun(settings, line -> System.out.println(line)).execute();
        return 0;
    }

    private static Duration seconds(Double given, double otherwise) {
        return Duration.ofMillis(Math.round((given != null ? given : otherwise) * 1000));
    }
}
