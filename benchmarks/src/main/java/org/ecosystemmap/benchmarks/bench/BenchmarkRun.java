package org.ecosystemmap.benchmarks.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ecosystemmap.benchmarks.generator.GeneratedDataset;
import org.ecosystemmap.benchmarks.importing.ImportBenchmark;
import org.ecosystemmap.benchmarks.importing.ImportRun;
import org.ecosystemmap.benchmarks.load.GraphQlClient;
import org.ecosystemmap.benchmarks.load.QueryClient;
import org.ecosystemmap.benchmarks.load.RawCypherClient;
import org.ecosystemmap.benchmarks.process.AppProcess;
import org.ecosystemmap.benchmarks.process.Folders;
import org.ecosystemmap.benchmarks.process.NodePeer;
import org.ecosystemmap.benchmarks.report.BenchmarkResults;
import org.ecosystemmap.benchmarks.report.Machine;
import org.ecosystemmap.benchmarks.report.MemoryRun;
import org.ecosystemmap.benchmarks.report.QueryRun;
import org.ecosystemmap.benchmarks.report.ResultsFiles;
import org.ecosystemmap.benchmarks.report.StartupRun;
import org.ecosystemmap.benchmarks.scenario.Request;
import org.ecosystemmap.benchmarks.scenario.SystemUnderTest;
import org.ecosystemmap.benchmarks.scenario.Workload;

/**
 * One run of the harness on one machine: for each size a fresh application on an empty embedded Neo4j, the
 * imports, the memory it then holds, and at the query size the query matrix against the three systems;
 * then the cold and warm start. Writes the results and returns them.
 */
public final class BenchmarkRun {

    private final BenchSettings settings;
    private final Consumer<String> log;

    public BenchmarkRun(BenchSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    public BenchmarkResults execute() throws Exception {
        var loadAtStart = Machine.loadAverage();
        var date = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        var imports = new ArrayList<ImportRun>();
        var memory = new ArrayList<MemoryRun>();
        var runs = new ArrayList<QueryRun>();
        var logs = Files.createDirectories(settings.work().resolve("logs"));
        for (var name : settings.sizes()) {
            var generated = GeneratedDataset.prepare(settings.work(), name, settings.seed(), log);
            var dataset = generated.folder();
            var dataDir = settings.work().resolve("data-" + name);
            Folders.delete(dataDir);
            log.accept("== " + name + ": " + dataset);
            if (settings.importTargets().contains(ImportBenchmark.BOLT) || settings.withQueries()) {
                serverSize(name, generated, dataDir, imports, memory, runs);
            }
            if (settings.importTargets().contains(ImportBenchmark.EMBEDDED)) {
                imports.addAll(ImportBenchmark.launched(settings.launch().launcher(), settings.work().resolve("embedded-" + name), dataset,
                        generated.changed(), name, logs, log));
            }
        }
        var startup = startUps();
        var results = new BenchmarkResults(Machine.describe(), date, settings.command(),
                new BenchmarkResults.LoadAverages(loadAtStart, Machine.loadAverage()), runs, imports, startup, memory);
        ResultsFiles.write(results, settings.out(), settings.name());
        log.accept("Wrote " + settings.out().resolve(settings.name() + ".md") + ", .json and .png");
        return results;
    }

    /** One size in a server of its own: the imports through Bolt (or the dataset loaded untimed), memory, the queries. */
    private void serverSize(String name, GeneratedDataset generated, Path dataDir, List<ImportRun> imports, List<MemoryRun> memory,
            List<QueryRun> runs) throws Exception {
        try (var app = AppProcess.start(settings.launch(), dataDir, false, AppProcess.anyAnswer(), "totalCount", "app-" + name)) {
            long relationships = generated.size().relationships();
            if (settings.importTargets().contains(ImportBenchmark.BOLT)) {
                var sizeImports = ImportBenchmark.overBolt(app.boltUri(), app.pid(), generated.folder(), generated.changed(), name,
                        settings.naiveBudget(), log);
                imports.addAll(sizeImports);
                relationships = sizeImports.stream().filter(r -> r.mode().equals("first")).mapToLong(ImportRun::relationships).sum();
            } else {
                ImportBenchmark.load(app.boltUri(), generated.folder());
            }
            memory.add(measure(app, name, relationships, "import"));
            if (settings.withQueries()) {
                var workload = Workload.of(generated.size());
                try (var clients = new Clients(app, name.equals(settings.querySize()))) {
                    var queries = new QueryBenchmark(clients.bySystem, workload, settings.warmUp(), settings.measured(), log);
                    queries.check();
                    if (name.equals(settings.querySize())) {
                        runs.addAll(queries.run(settings.scenarios(), settings.clients(), name));
                    }
                }
                memory.add(measure(app, name, relationships, "queries"));
            }
        }
        Folders.delete(dataDir);
    }

    /** The systems a size is queried through: at the query size all three, elsewhere only ours. */
    private final class Clients implements AutoCloseable {
        private final Map<SystemUnderTest, QueryClient> bySystem = new EnumMap<>(SystemUnderTest.class);
        private NodePeer peer;

        Clients(AppProcess app, boolean all) {
            bySystem.put(SystemUnderTest.GRAPHQL, new GraphQlClient(app.graphQlUri()));
            if (all) {
                bySystem.put(SystemUnderTest.RAW_CYPHER, new RawCypherClient(app.boltUri()));
                if (settings.withPeer()) {
                    peer = NodePeer.start(settings.peerFolder(), app.boltUri(), settings.peerPort(), settings.work().resolve("logs"));
                    bySystem.put(SystemUnderTest.NEO4J_GRAPHQL_JS, new GraphQlClient(peer.graphQlUri()));
                }
            }
        }

        @Override
        public void close() {
            bySystem.values().forEach(QueryClient::close);
            if (peer != null) {
                peer.close();
            }
        }
    }

    /**
     * Times the start as a user makes it, through the launcher (with its start-up cache, and the bundled
     * dataset's prepared store that a new data folder starts from): from the launcher's start to the first
     * answer with the bundled dataset's data, on a new data folder (cold-bundled) and again on the same folder
     * (warm-restart); each pair on a folder of its own.
     */
    private List<StartupRun> startUps() {
        var probe = new Request("{ entity(id: \"amsterdam-economic-board\") { name } }", Map.of());
        var runs = new ArrayList<StartupRun>();
        log.accept("start-up: waited %.0f s for the machine to be quiet".formatted(Machine.settle()));
        for (int run = 1; run <= settings.startupRuns(); run++) {
            var dataDir = settings.work().resolve("data-bundled");
            Folders.delete(dataDir);
            for (var mode : List.of("cold-bundled", "warm-restart")) {
                double load1 = Machine.loadAverage()[0];
                try (var app = AppProcess.startWithLauncher(settings.launch(), dataDir, probe, "Amsterdam Economic Board", "app-" + mode + "-" + run)) {
                    var memory = app.memory();
                    runs.add(new StartupRun(mode, Math.round(app.secondsToFirstAnswer() * 100) / 100.0, memory.heapMiB(), memory.rssMiB(), load1));
                    log.accept("start-up %s (%d of %d): first answer after %.1f s".formatted(mode, run, settings.startupRuns(), app.secondsToFirstAnswer()));
                }
            }
            Folders.delete(dataDir);
        }
        return runs;
    }

    private MemoryRun measure(AppProcess app, String size, long relationships, String after) {
        var memory = app.memory();
        log.accept("memory after %s: heap %.0f MiB after GC, resident %.0f MiB".formatted(after, memory.heapMiB(), memory.rssMiB()));
        return new MemoryRun(size, relationships, after, memory.heapMiB(), memory.rssMiB());
    }
}
