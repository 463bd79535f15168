package org.ecosystemmap.benchmarks.importing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.ecosystemmap.benchmarks.process.Folders;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.ImportReport;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Times the importer: the first import into an empty graph, the same dataset again, and a copy with 1 % of its
 * relationships changed, one after the other in one run (so that their ratios hold on a shared machine), with
 * the processor time every process involved spent. Into a running server's Neo4j over Bolt, as
 * {@code ./ecomap import --uri} does, after the naive per-row baseline on the empty graph (then removed); and
 * into an embedded Neo4j in this process, as {@code ./ecomap import} into a data folder does.
 */
public final class ImportBenchmark {

    /** The dataset name every mode imports under, so that the changed copy updates the first import. */
    public static final String DATASET = "synthetic";

    /** Where the imports go. */
    public static final String BOLT = "bolt";
    public static final String EMBEDDED = "embedded";

    /** The page cache of the embedded database, as {@code ./ecomap import} opens it. */
    private static final long PAGE_CACHE = 256L * 1024 * 1024;

    private ImportBenchmark() {
    }

    /** Over Bolt into the server whose process is {@code serverPid}: the naive baseline (when given time), then the three imports. */
    public static List<ImportRun> overBolt(URI bolt, long serverPid, Path dataset, Path changed, String size, Duration naiveBudget,
            Consumer<String> log) {
        var runs = new ArrayList<ImportRun>();
        DoubleSupplier cpu = () -> cpuSeconds(ProcessHandle.current()) + ProcessHandle.of(serverPid).map(ImportBenchmark::cpuSeconds).orElse(0.0);
        try (var driver = driver(bolt)) {
            if (!naiveBudget.isZero()) {
                var naive = new NaiveLoader(driver);
                log.accept("naive per-row MERGE for up to " + naiveBudget.toSeconds() + " s");
                double cpuBefore = cpu.getAsDouble();
                var done = naive.load(dataset, naiveBudget);
                runs.add(ImportRun.of(BOLT, "naive-per-row", (long) done[0], done[1], cpu.getAsDouble() - cpuBefore, (long) done[0], size));
                log.accept("  %,d relationships in %.1f s (%,.0f/s)".formatted((long) done[0], done[1], runs.getLast().relPerS()));
                naive.clear();
            }
            runs.addAll(trio(BOLT, new Importer(new EcosystemGraph(driver, null, Duration.ofMinutes(10))), dataset, changed, size, cpu, log));
        }
        return runs;
    }

    /** Into a new embedded database in {@code dataDir} (removed afterwards), from this process: the three imports. */
    public static List<ImportRun> embedded(Path dataDir, Path dataset, Path changed, String size, Consumer<String> log) {
        Folders.delete(dataDir);
        try (var neo4j = EmbeddedNeo4j.start(dataDir, 0, PAGE_CACHE); var driver = driver(neo4j.boltUri())) {
            var graph = new EcosystemGraph(driver, null, Duration.ofMinutes(10), neo4j::database);
            new GraphSchema(graph).apply();
            return trio(EMBEDDED, new Importer(graph), dataset, changed, size, () -> cpuSeconds(ProcessHandle.current()), log);
        } finally {
            Folders.delete(dataDir);
        }
    }

    /** Loads a dataset into the server untimed, for the queries that follow. */
    public static void load(URI bolt, Path dataset) {
        try (var driver = driver(bolt)) {
            importOnce(new Importer(new EcosystemGraph(driver, null, Duration.ofMinutes(10))), dataset);
        }
    }

    /** Imports a dataset once more, untimed: the soak's background writer. */
    public static ImportReport importOnce(Importer importer, Path dataset) {
        return importer.importDataset(dataset, DATASET, ImportOptions.DEFAULT);
    }

    private static List<ImportRun> trio(String target, Importer importer, Path dataset, Path changed, String size, DoubleSupplier cpu,
            Consumer<String> log) {
        var first = timed(target, "first", importer, dataset, size, cpu, log);
        var unchanged = timed(target, "unchanged", importer, dataset, size, cpu, log);
        var changedRun = timed(target, "changed-1pct", importer, changed, size, cpu, log);
        log.accept("  %s: unchanged %.1fx faster than the first; 1 %% changed costs %.2fx the unchanged".formatted(target,
                first.seconds() / unchanged.seconds(), changedRun.seconds() / unchanged.seconds()));
        return List.of(first, unchanged, changedRun);
    }

    private static ImportRun timed(String target, String mode, Importer importer, Path dataset, String size, DoubleSupplier cpu,
            Consumer<String> log) {
        log.accept("import (" + target + "): " + mode);
        double cpuBefore = cpu.getAsDouble();
        long started = System.nanoTime();
        var report = importOnce(importer, dataset);
        double seconds = (System.nanoTime() - started) / 1e9;
        var relationships = report.of(DatasetTables.RELATIONSHIPS);
        long total = relationships.created() + relationships.updated() + relationships.unchanged();
        var run = ImportRun.of(target, mode, total, seconds, cpu.getAsDouble() - cpuBefore, report.total().changed(), size);
        log.accept("  %,d relationships in %.1f s (%,.0f/s), %.1f s of processor time, %,d changes written".formatted(total, seconds,
                run.relPerS(), run.cpuSeconds(), run.written()));
        return run;
    }

    private static Driver driver(URI bolt) {
        return GraphDatabase.driver(bolt, AuthTokens.none(), Config.builder().withLogging(Logging.none()).build());
    }

    private static double cpuSeconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }
}
