package org.ecosystemmap.importer.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecosystemmap.graph.connection.Neo4jStartException;
import org.ecosystemmap.importer.DatasetReader;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.validation.DatasetValidator;
import org.ecosystemmap.importer.write.BulkImport;
import org.ecosystemmap.importer.write.GraphImport;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.ImportReport;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ecomap import}: imports a dataset into the embedded database in a data folder, or into a Neo4j
 * server, and prints what it created, updated, deleted and left unchanged.
 */
@Command(name = "import", mixinStandardHelpOptions = true, version = "ecosystem-map import 0.1",
        description = {
                "Imports a dataset into the graph: a folder of CSV files, a .zip of one, an .xlsx workbook or a .json document. "
                        + "The whole dataset is validated first; if anything is wrong, every problem is listed with its file (or sheet), "
                        + "line (or row) and column, nothing is written, and the exit code is 1.",
                "Only the difference is written, all or nothing: in one transaction, or for a large difference in several, "
                        + "journaled so that an interrupted import is rolled back by the next one (or by the server's start).",
                "Without --uri it opens the embedded database in --data-dir, which the server must not be using at the "
                        + "same time: while the server runs, import through it with --uri bolt://localhost:7687.",
                "Into a new (absent or empty) --data-dir, the database is written by Neo4j's bulk importer, many times faster than "
                        + "through transactions, and appears in the folder only once complete."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (or, with --dry-run, compared)", "1:the dataset is invalid; nothing was written",
                "2:wrong usage", "3:the database could not be reached or opened"})
public final class ImportCommand implements Callable<Integer> {

    public static final int INVALID_DATASET = 1;
    public static final int DATABASE_UNAVAILABLE = 3;

    @Parameters(index = "0", paramLabel = "DATASET", description = "the dataset: a folder of CSV files, a .zip of one, an .xlsx workbook or a .json document")
    Path dataset;

    @Option(names = "--dry-run", description = "compare the dataset with the graph and print the difference per kind; write nothing")
    boolean dryRun;

    @Option(names = "--prune", description = "also delete what this dataset imported before and no longer holds; an entity other "
            + "datasets still have relationships to is detached from it (handed over to them), not deleted")
    boolean prune;

    @Option(names = "--name", paramLabel = "NAME",
            description = "the dataset's name, recorded as provenance (default: the folder's or file's name, or the JSON document's \"dataset\")")
    String name;

    @Option(names = "--transaction-size", paramLabel = "CHANGES", defaultValue = "" + GraphImport.DEFAULT_MAX_CHANGES_PER_TRANSACTION,
            description = "the most changes written in one transaction (default: ${DEFAULT-VALUE}); a larger import is written in several")
    int transactionSize;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:ECOSYSTEM_NEO4J_DATA_DIR:-data}",
            description = "the embedded database's folder (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:ECOSYSTEM_NEO4J_URI}",
            description = "a Neo4j server or cluster (bolt://, neo4j://, neo4j+s://) instead of the embedded database")
    URI uri;

    @Option(names = "--username", defaultValue = "${env:ECOSYSTEM_NEO4J_USERNAME}", description = "user name for --uri")
    String username;

    @Option(names = "--password", defaultValue = "${env:ECOSYSTEM_NEO4J_PASSWORD}", description = "password for --uri", interactive = false)
    String password;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new ImportCommand()).execute(args);
    }

    /** Runs the command with its output and errors going to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new ImportCommand()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!Files.exists(dataset)) {
            err.println("No dataset at " + dataset.toAbsolutePath());
            return CommandLine.ExitCode.USAGE;
        }
        if (transactionSize < 1) {
            err.println("--transaction-size must be 1 or more");
            return CommandLine.ExitCode.USAGE;
        }
        Opening opening = null;
        try {
            if (uri == null && !BulkImport.applies(dataDir)) {
                // The data folder's database opens, and what the dataset wrote before is read from it, while the
                // dataset is read and checked; a rejected dataset closes it unused.
                opening = Opening.embedded(dataDir, transactionSize, likelyName());
            }
            var valid = new DatasetValidator().validate(new DatasetReader().read(dataset, name));
            var progress = new ProgressBar(err);
            var options = new ImportOptions(dryRun, prune, progress).by("command line (" + System.getProperty("user.name") + ")");
            ImportReport report;
            if (opening != null) {
                var opened = opening.await();
                report = opened.importer().importDataset(valid, options, opened.preparation());
            } else if (uri == null && !dryRun) {
                // A new data folder gets its database from the bulk importer, many times faster than transactions.
                var bulk = BulkImport.write(dataDir, valid, options);
                opening = Opening.embedded(dataDir, transactionSize, null, importer -> importer.recordBulkImport(valid, bulk, options));
                opening.await();
                report = bulk;
            } else {
                opening = uri == null ? Opening.embedded(dataDir, transactionSize, null) : Opening.server(uri, username, password, transactionSize);
                report = opening.await().importer().importDataset(valid, options);
            }
            progress.done();
            new ReportPrinter(out).print(report);
            return CommandLine.ExitCode.OK;
        } catch (DatasetRejectedException e) {
            // Shown before the database opened meanwhile is closed: the refusal should not wait for it.
            err.println(e.getMessage());
            err.flush();
            return INVALID_DATASET;
        } catch (Neo4jStartException | Neo4jException e) {
            err.println("The database is not available: " + e.getMessage());
            return DATABASE_UNAVAILABLE;
        } finally {
            if (opening != null) {
                opening.close();
            }
            out.flush();
            err.flush();
        }
    }

    /** The name the dataset will have, when it is known before reading it (a JSON document may name itself). */
    private String likelyName() {
        if (name != null) {
            return name;
        }
        return Files.isDirectory(dataset) ? dataset.toAbsolutePath().normalize().getFileName().toString() : null;
    }
}
