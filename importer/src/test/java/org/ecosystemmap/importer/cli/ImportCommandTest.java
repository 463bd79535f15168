package org.ecosystemmap.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecosystemmap.importer.testing.DatasetFixtures.append;
import static org.ecosystemmap.importer.testing.DatasetFixtures.copy;
import static org.ecosystemmap.importer.testing.DatasetFixtures.removeLine;
import static org.ecosystemmap.importer.testing.DatasetFixtures.replace;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.testing.DatasetFixtures;
import org.ecosystemmap.importer.testing.DatasetFormats;
import org.ecosystemmap.importer.testing.GeneratedDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a user runs it. The first test imports into an embedded database folder of its own, as
 * {@code ecomap import} does by default; the others, which are about what the command prints and writes, run
 * against the shared test database through {@code --uri} instead of starting a database each.
 */
@DisplayName("ecomap import, on the command line")
class ImportCommandTest {

    @TempDir
    Path temp;

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = ImportCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** {@link #run} on the shared test database. */
    private Run runOnSharedDatabase(String... args) {
        var withUri = new String[args.length + 2];
        System.arraycopy(args, 0, withUri, 0, args.length);
        withUri[args.length] = "--uri";
        withUri[args.length + 1] = TestNeo4j.embedded().boltUri().toString();
        return run(withUri);
    }

    @Test
    @DisplayName("imports into an embedded database folder, prints the changes per kind, and nothing the second time")
    void importsAndReportsChanges() {
        var dataset = copy("sample", temp, "sample");
        var dataDir = temp.resolve("data").toString();

        var first = run(dataset.toString(), "--data-dir", dataDir);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Imported sample").containsPattern("partners\\s+9\\s+0\\s+0\\s+0")
                .containsPattern("relationships\\s+18\\s+0\\s+0\\s+0");

        var second = run(dataset.toString(), "--data-dir", dataDir);
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).containsPattern("partners\\s+0\\s+0\\s+0\\s+9").contains("Nothing changed");
    }

    @Test
    @DisplayName("refuses a broken dataset into a data folder that has a database, which it opened meanwhile, and leaves its graph as it was")
    void refusesIntoAFolderWithADatabase() {
        var dataDir = temp.resolve("data").toString();
        assertThat(run(copy("sample", temp, "sample").toString(), "--data-dir", dataDir).exitCode()).isZero();
        var broken = copy("sample", temp, "broken");
        append(broken.resolve("partners.csv"), "newco,New Co,,COMPANY,,\n");
        append(broken.resolve("relationships.csv"), "philips,FUNDS,nowhere,,,,,,\n");

        var refused = run(broken.toString(), "--data-dir", dataDir, "--name", "sample");

        assertThat(refused.exitCode()).isEqualTo(ImportCommand.INVALID_DATASET);
        assertThat(refused.err()).contains("no entity has the id \"nowhere\"");
        // Had the refused dataset written its new partner, pruning back to the original would delete it.
        var compared = run(copy("sample", temp.resolve("again"), "sample").toString(), "--data-dir", dataDir, "--dry-run", "--prune");
        assertThat(compared.exitCode()).isZero();
        assertThat(compared.out()).contains("an import would change nothing");
    }

    @Test
    @DisplayName("with --dry-run prints what would change and writes nothing")
    void dryRun() {
        var dataset = copy("sample", temp, "sample");

        var dry = runOnSharedDatabase(dataset.toString(), "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("Dry run of sample").containsPattern("partners\\s+9\\s+0\\s+0\\s+0");

        assertThat(runOnSharedDatabase(dataset.toString()).out()).containsPattern("partners\\s+9\\s+0\\s+0\\s+0");
    }

    @Test
    @DisplayName("exits with 1 and lists every problem with file and line when the dataset is invalid")
    void rejectsInvalidDataset() {
        var dataset = copy("sample", temp, "sample");
        append(dataset.resolve("partners.csv"), "bad id,Bad,,COMPANY,,\n");
        append(dataset.resolve("relationships.csv"), "philips,FUNDS,nowhere,,,,,,\n");

        var run = runOnSharedDatabase(dataset.toString());

        assertThat(run.exitCode()).isEqualTo(ImportCommand.INVALID_DATASET);
        assertThat(run.err()).contains("rejected with 2 problems; nothing was written")
                .contains("partners.csv:11: column id: \"bad id\" is not an id")
                .contains("relationships.csv:20: column to: no entity has the id \"nowhere\"");
    }

    @Test
    @DisplayName("imports a workbook, and then the same data as a JSON document changes nothing")
    void importsWorkbooksAndJsonDocuments() throws IOException {
        var tables = DatasetFormats.tables(DatasetFixtures.original("sample"));
        var workbook = Files.write(temp.resolve("sample.xlsx"), DatasetFormats.bytes(DatasetFormats.workbook(tables)));
        var json = Files.writeString(temp.resolve("export.json"), DatasetFormats.json("sample", tables));

        var first = runOnSharedDatabase(workbook.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Imported sample").containsPattern("partners\\s+9\\s+0\\s+0\\s+0");

        var second = runOnSharedDatabase(json.toString());
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("Imported sample").contains("Nothing changed");
    }

    @Test
    @DisplayName("with --dry-run on a changed copy of the dataset lists exactly the change, per kind")
    void dryRunListsTheChange() {
        var dataset = copy("sample", temp, "sample");
        assertThat(runOnSharedDatabase(dataset.toString()).exitCode()).isZero();
        replace(dataset.resolve("partners.csv"), "Health technology company;", "Health technology company from Eindhoven;");
        append(dataset.resolve("relationships.csv"), "philips,PARTNER_IN,tomas,partner,2022,,,,\n");
        removeLine(dataset.resolve("goals.csv"), "tomas-2021-target-1,");
        removeLine(dataset.resolve("relationships.csv"), "tomas,HAS_GOAL,tomas-2021-target-1,");

        var dry = runOnSharedDatabase(dataset.toString(), "--dry-run", "--prune");

        // The fixture: 9 partners, 5 initiatives, 2 coalitions, 1 goal, 18 relationships (created, updated, deleted, unchanged).
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("Dry run of sample")
                .containsPattern("\\npartners\\s+0\\s+1\\s+0\\s+8\\n")
                .containsPattern("\\ngoals\\s+0\\s+0\\s+1\\s+0\\n")
                .containsPattern("\\nrelationships\\s+1\\s+0\\s+1\\s+17\\n")
                .containsPattern("\\ntotal\\s+1\\s+1\\s+2\\s+32\\n");
        assertThat(dry.out().substring(dry.out().indexOf("Changes:")).lines().skip(1).toList()).containsExactly(
                "  update partners: philips",
                "  delete goals: tomas-2021-target-1",
                "  create relationships: philips -PARTNER_IN-> tomas",
                "  delete relationships: tomas -HAS_GOAL-> tomas-2021-target-1");
    }

    @Test
    @DisplayName("draws a progress bar for a large import, and says how many transactions it took")
    void progressOfALargeImport() {
        // Large enough for the bar (20,000 rows): 2,000 partners in 10 coalitions each, and 100 coalitions.
        var generated = new GeneratedDataset(2_000, 100, 10);
        var dataset = generated.write(temp, "generated", "one", 0);

        var run = runOnSharedDatabase(dataset.toString(), "--transaction-size", "5000");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("writing [").contains("] 100% (22,100 of ");
        assertThat(run.out()).containsPattern("Imported generated in [\\d.]+ s \\(5 transactions\\)")
                .containsPattern("relationships\\s+20000\\s+0\\s+0\\s+0");
    }

    @Test
    @DisplayName("exits with 2 when the dataset folder does not exist")
    void usageError() {
        assertThat(run(temp.resolve("missing").toString()).exitCode()).isEqualTo(2);
    }
}
