package org.ecosystemmap.benchmarks.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.ecosystemmap.benchmarks.process.Folders;
import org.ecosystemmap.graph.connection.EcosystemGraph;
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
 * into a data folder's embedded Neo4j through {@code ./ecomap import} itself.
 */
public final class ImportBenchmark {

    /** The dataset name every mode imports under, so that the changed copy updates the first import. */
    public static final String DATASET = "synthetic";

    /** Where the imports go. */
    public static final String BOLT = "bolt";
    public static final String EMBEDDED = "embedded";

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
            var importer = new Importer(new EcosystemGraph(driver, null, Duration.ofMinutes(10)));
            runs.addAll(trio(BOLT, dataset, changed, (mode, imported) -> timed(BOLT, mode, importer, imported, size, cpu, log), log));
        }
        return runs;
    }

    /**
     * Into the embedded database in {@code dataDir} (removed afterwards), as a user imports: each import is
     * {@code ./ecomap import DATASET --data-dir DIR}, a JVM of its own that opens the database, imports and closes
     * it, timed from the launcher's start to its exit with the processor time it used. The first goes into a new
     * folder, which the bulk importer writes; the other two into the database it made.
     */
    public static List<ImportRun> launched(Path launcher, Path dataDir, Path dataset, Path changed, String size, Path logs, Consumer<String> log) {
        Folders.delete(dataDir);
        try {
            return trio(EMBEDDED, dataset, changed, (mode, imported) -> launched(mode, launcher, dataDir, imported, size, logs, log), log);
        } finally {
            Folders.delete(dataDir);
        }
    }

    private static ImportRun launched(String mode, Path launcher, Path dataDir, Path dataset, String size, Path logs, Consumer<String> log) {
        log.accept("import (embedded): " + mode + ", ./ecomap import");
        var output = logs.resolve("import-" + size + "-" + mode + ".log");
        double cpuBefore = ChildProcesses.cpuSeconds();
        long started = System.nanoTime();
        int exit;
        try {
            exit = new ProcessBuilder(launcher.toString(), "import", dataset.toString(), "--data-dir", dataDir.toString(), "--name", DATASET)
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ./ecomap import ran", e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("./ecomap import exited with " + exit + "; see " + output);
        }
        var printed = PrintedReport.of(output);
        var run = ImportRun.of(EMBEDDED, mode, printed.relationships(), seconds, ChildProcesses.cpuSeconds() - cpuBefore, printed.changed(), size);
        log.accept("  %,d relationships in %.1f s (%,.0f/s), %.1f s of processor time, %,d changes written".formatted(run.relationships(),
                seconds, run.relPerS(), run.cpuSeconds(), run.written()));
        return run;
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

    /** One import of a dataset, timed: the mode says which of the three it is. */
    private interface TimedImport {
        ImportRun run(String mode, Path dataset);
    }

    /** The first import, the same dataset again, and the copy with 1 % of its relationships changed. */
    private static List<ImportRun> trio(String target, Path dataset, Path changed, TimedImport timed, Consumer<String> log) {
        var first = timed.run("first", dataset);
        var unchanged = timed.run("unchanged", dataset);
        var changedRun = timed.run("changed-1pct", changed);
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
