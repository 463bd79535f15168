package org.ecosystemmap.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecosystemmap.importer.testing.DatasetFixtures.append;
import static org.ecosystemmap.importer.testing.DatasetFixtures.copy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("ecomap import, on the command line")
class ImportCommandTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = ImportCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
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
    @DisplayName("with --dry-run prints what would change and writes nothing")
    void dryRun() {
        var dataset = copy("sample", temp, "sample");
        var dataDir = temp.resolve("data").toString();

        var dry = run(dataset.toString(), "--data-dir", dataDir, "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("Dry run of sample").containsPattern("partners\\s+9\\s+0\\s+0\\s+0");

        assertThat(run(dataset.toString(), "--data-dir", dataDir).out()).containsPattern("partners\\s+9\\s+0\\s+0\\s+0");
    }

    @Test
    @DisplayName("exits with 1 and lists every problem with file and line when the dataset is invalid")
    void rejectsInvalidDataset() {
        var dataset = copy("sample", temp, "sample");
        append(dataset.resolve("partners.csv"), "bad id,Bad,,COMPANY,,\n");
        append(dataset.resolve("relationships.csv"), "philips,FUNDS,nowhere,,,,,,\n");

        var run = run(dataset.toString(), "--data-dir", temp.resolve("data").toString());

        assertThat(run.exitCode()).isEqualTo(ImportCommand.INVALID_DATASET);
        assertThat(run.err()).contains("rejected with 2 problems; nothing was written")
                .contains("partners.csv:11: column id: \"bad id\" is not an id")
                .contains("relationships.csv:20: column to: no entity has the id \"nowhere\"");
    }

    @Test
    @DisplayName("exits with 2 when the dataset folder does not exist")
    void usageError() {
        assertThat(run(temp.resolve("missing").toString()).exitCode()).isEqualTo(2);
    }
}
