package org.ecosystemmap.importer.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecosystemmap.importer.testing.DatasetFixtures.copy;
import static org.ecosystemmap.importer.testing.DatasetFixtures.replace;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.RetryAtOnce;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.testing.FirstAttemptsFail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The driver retries a transaction function after a transient error (a deadlock, a lost leader): whatever the
 * function did on the failed attempt must not count. Here every read and write of an import fails once after
 * doing its work, and the import must still report, draw and write exactly what an undisturbed one does.
 */
@DisplayName("An import whose transactions the driver retries")
class RetriedTransactionsTest {

    private static final int SMALL_TRANSACTIONS = 15;

    private final EcosystemGraph graph = TestNeo4j.graph();
    private final Driver retryingAtOnce = RetryAtOnce.driver(TestNeo4j.embedded().boltUri());
    private final FirstAttemptsFail flaky = new FirstAttemptsFail(retryingAtOnce);
    private final EcosystemGraph flakyGraph = new EcosystemGraph(flaky.driver(), null, Duration.ofSeconds(30));

    @TempDir
    Path temp;
    private Path sample;
    private Path changed;

    @BeforeEach
    void datasets() {
        sample = copy("sample", temp, "sample");
        changed = copy("sample", temp.resolve("changed"), "sample");
        replace(changed.resolve("partners.csv"), "Health technology company;", "Health technology company from Eindhoven;");
        replace(changed.resolve("partners.csv"), "olvg,OLVG,,HEALTHCARE,Hospital in Amsterdam.,jaarverslag-2021.txt#L1425\n", "");
        replace(changed.resolve("relationships.csv"), "olvg,MEMBER_OF,gdi-partnership,partner,,,jaarverslag-2021.txt#L1423-L1427,,\n", "");
    }

    @AfterEach
    void clear() {
        retryingAtOnce.close();
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("in one transaction: reports, draws and writes each change once")
    void oneTransaction() {
        var undisturbed = importTwice(new Importer(graph));
        var expected = GraphDump.of(graph);
        TestNeo4j.clear();

        var retried = importTwice(new Importer(flakyGraph));

        assertThat(flaky.failures()).as("first attempts failed").isGreaterThan(5);
        assertThat(retried).isEqualTo(undisturbed);
        assertThat(retried.getLast().transactions()).isEqualTo(1);
        assertThat(GraphDump.of(graph)).isEqualTo(expected);
        assertThat(importAuditEntries()).isEqualTo(2);
    }

    @Test
    @DisplayName("in several journaled transactions: reports, draws and writes each change once")
    void severalTransactions() {
        var undisturbed = importTwice(new Importer(graph, SMALL_TRANSACTIONS));
        var expected = GraphDump.of(graph);
        TestNeo4j.clear();

        var retried = importTwice(new Importer(flakyGraph, SMALL_TRANSACTIONS));

        assertThat(flaky.failures()).as("first attempts failed").isGreaterThan(5);
        assertThat(retried).isEqualTo(undisturbed);
        assertThat(retried.getFirst().transactions()).isGreaterThan(1);
        assertThat(GraphDump.of(graph)).isEqualTo(expected).noneMatch(line -> line.contains("Import"));
        assertThat(importAuditEntries()).isEqualTo(2);
    }

    /** What one import reported and drew: its counts, listed changes, transactions, and the progress bar's rows. */
    private record Outcome(Map<String, ImportReport.Counts> counts, List<ImportReport.Change> changes, int transactions,
            long progressTotal, long progressWritten) {
    }

    /** Imports the sample into the empty graph, then (pruning) the changed copy. */
    private List<Outcome> importTwice(Importer importer) {
        return List.of(importOnce(importer, sample, false), importOnce(importer, changed, true));
    }

    private static Outcome importOnce(Importer importer, Path dataset, boolean prune) {
        var progress = new CountingProgress();
        var report = importer.importDataset(dataset, "sample", new ImportOptions(false, prune, progress));
        assertThat(progress.written.get()).as("rows drawn as written").isEqualTo(progress.total.get());
        return new Outcome(report.counts(), report.changes(), report.transactions(), progress.total.get(), progress.written.get());
    }

    private long importAuditEntries() {
        return graph.queryOne("MATCH (e:AuditEntry {action: 'import'}) RETURN count(e) AS n", Map.of(), r -> r.get("n").asLong()).orElseThrow();
    }

    private static final class CountingProgress implements Progress {
        private final AtomicLong total = new AtomicLong();
        private final AtomicLong written = new AtomicLong();

        @Override
        public void starting(long totalRows) {
            total.addAndGet(totalRows);
        }

        @Override
        public void advanced(int rows) {
            written.addAndGet(rows);
        }
    }
}
