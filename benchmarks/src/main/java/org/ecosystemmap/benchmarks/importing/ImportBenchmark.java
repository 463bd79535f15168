package org.ecosystemmap.benchmarks.importing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.DatasetTables;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.ImportReport;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Times the importer into a running server's Neo4j over Bolt, as {@code ./ecomap import --uri} does: the
 * naive per-row baseline on the empty graph (then removed), the first import, the same dataset again, and a
 * copy with 1 % of its relationships changed.
 */
public final class ImportBenchmark {

    /** The dataset name every mode imports under, so that the changed copy updates the first import. */
    public static final String DATASET = "synthetic";

    private ImportBenchmark() {
    }

    public static List<ImportRun> run(URI bolt, Path dataset, Path changed, String size, Duration naiveBudget, Consumer<String> log) {
        var runs = new ArrayList<ImportRun>();
        try (var driver = GraphDatabase.driver(bolt, AuthTokens.none(), Config.builder().withLogging(Logging.none()).build())) {
            var naive = new NaiveLoader(driver);
            log.accept("naive per-row MERGE for up to " + naiveBudget.toSeconds() + " s");
            var done = naive.load(dataset, naiveBudget);
            runs.add(ImportRun.of("naive-per-row", (long) done[0], done[1], (long) done[0], size));
            log.accept("  %,d relationships in %.1f s (%,.0f/s)".formatted((long) done[0], done[1], runs.getLast().relPerS()));
            naive.clear();

            var importer = new Importer(new EcosystemGraph(driver, null, Duration.ofMinutes(10)));
            runs.add(timed("first", importer, dataset, size, log));
            runs.add(timed("unchanged", importer, dataset, size, log));
            runs.add(timed("changed-1pct", importer, changed, size, log));
        }
        return runs;
    }

    /** Imports a dataset once more, untimed: the soak's background writer. */
    public static ImportReport importOnce(Importer importer, Path dataset) {
        return importer.importDataset(dataset, DATASET, ImportOptions.DEFAULT);
    }

    private static ImportRun timed(String mode, Importer importer, Path dataset, String size, Consumer<String> log) {
        log.accept("import: " + mode);
        long started = System.nanoTime();
        var report = importOnce(importer, dataset);
        double seconds = (System.nanoTime() - started) / 1e9;
        var relationships = report.of(DatasetTables.RELATIONSHIPS);
        long total = relationships.created() + relationships.updated() + relationships.unchanged();
        var run = ImportRun.of(mode, total, seconds, report.total().changed(), size);
        log.accept("  %,d relationships in %.1f s (%,.0f/s), %,d changes written".formatted(total, seconds, run.relPerS(), run.written()));
        return run;
    }
}
