package org.ecosystemmap.importer.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecosystemmap.importer.testing.DatasetFixtures.append;
import static org.ecosystemmap.importer.testing.DatasetFixtures.copy;
import static org.ecosystemmap.importer.testing.DatasetFixtures.replace;

import java.nio.file.Path;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports too large for one transaction, forced here with a limit of five changes per transaction: they
 * land whole, or a failure or crash in the middle leaves (after recovery) the graph as it was.
 */
@DisplayName("An import written in several transactions")
class JournaledImportTest {

    private static final int SMALL_TRANSACTIONS = 5;

    private final EcosystemGraph graph = TestNeo4j.graph();
    private final Importer oneTransaction = new Importer(graph);
    private final Importer manyTransactions = new Importer(graph, SMALL_TRANSACTIONS);

    @TempDir
    Path temp;
    private Path sample;
    private Path changed;

    /** The sample, and a changed copy that creates, updates and (pruned) deletes entities and relationships. */
    @BeforeEach
    void datasets() {
        sample = copy("sample", temp, "sample");
        changed = copy("sample", temp.resolve("changed"), "sample");
        replace(changed.resolve("partners.csv"), "Health technology company;", "Health technology company from Eindhoven;");
        replace(changed.resolve("partners.csv"), "olvg,OLVG,,HEALTHCARE,Hospital in Amsterdam.,jaarverslag-2021.txt#L1425\n", "");
        replace(changed.resolve("relationships.csv"), "olvg,MEMBER_OF,gdi-partnership,partner,,,jaarverslag-2021.txt#L1423-L1427,,\n", "");
        replace(changed.resolve("relationships.csv"), "consortium partner,2021,,jaarverslag-2021.txt#L633,", "consortium member,2021,,jaarverslag-2021.txt#L633,");
        replace(changed.resolve("initiatives.csv"), "INITIATIVE,ACTIVE,2021,", "PROGRAMME,ACTIVE,2022,");
        append(changed.resolve("partners.csv"), "new-partner,New Partner,,COMPANY,A new company.,\n");
        append(changed.resolve("relationships.csv"), "new-partner,PARTNER_IN,amdex,partner,,,,,\nphilips,PARTNER_IN,amdex,partner,2022,,,,\n");
    }

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    private ImportReport importWith(Importer importer, Path dataset, Progress progress) {
        return importer.importDataset(dataset, "sample", new ImportOptions(false, true, progress));
    }

    @Test
    @DisplayName("lands the same graph as one transaction would, and leaves no journal behind")
    void landsTheSameGraph() {
        importWith(oneTransaction, sample, Progress.NONE);
        importWith(oneTransaction, changed, Progress.NONE);
        var expected = GraphDump.of(graph);
        TestNeo4j.clear();

        var first = importWith(manyTransactions, sample, Progress.NONE);
        var second = importWith(manyTransactions, changed, Progress.NONE);

        assertThat(first.transactions()).isGreaterThanOrEqualTo(35 / SMALL_TRANSACTIONS);
        assertThat(second.transactions()).isGreaterThan(1);
        assertThat(second.total()).isEqualTo(new ImportReport.Counts(3, 3, 2, 30));
        assertThat(GraphDump.of(graph)).isEqualTo(expected).noneMatch(line -> line.contains("Import"));
    }

    @Test
    @DisplayName("rolls back the transactions it committed when one fails, leaving the graph as it was")
    void failureRollsBack() {
        importWith(oneTransaction, sample, Progress.NONE);
        var before = GraphDump.of(graph);

        assertThatThrownBy(() -> importWith(manyTransactions, changed, failingAfter(SMALL_TRANSACTIONS, new IllegalStateException("disk full"))))
                .hasMessage("disk full");

        assertThat(GraphDump.of(graph)).isEqualTo(before);
    }

    @Test
    @DisplayName("after a crash in the middle, is rolled back by recovery, and the next import completes")
    void crashIsRecovered() {
        importWith(oneTransaction, sample, Progress.NONE);
        var before = GraphDump.of(graph);

        assertThatThrownBy(() -> importWith(manyTransactions, changed, failingAfter(SMALL_TRANSACTIONS, new Crash())))
                .isInstanceOf(Crash.class);

        assertThat(GraphDump.of(graph)).as("the graph as the crash left it").isNotEqualTo(before).anyMatch(line -> line.contains("ImportJournal"));
        var dryRun = manyTransactions.importDataset(changed, "sample", new ImportOptions(true, true, Progress.NONE));
        assertThat(dryRun.warnings()).singleElement().asString().contains("is running or was interrupted (WRITING)");

        assertThat(manyTransactions.recoverInterruptedImport()).singleElement().asString()
                .startsWith("rolled back the interrupted import of sample started ");
        assertThat(GraphDump.of(graph)).isEqualTo(before);

        var rerun = importWith(manyTransactions, changed, Progress.NONE);
        assertThat(rerun.total()).isEqualTo(new ImportReport.Counts(3, 3, 2, 30));
        assertThat(importWith(oneTransaction, changed, Progress.NONE).changedAnything()).isFalse();
    }

    @Test
    @DisplayName("after a crash, is rolled back by the next import before it compares the dataset with the graph")
    void nextImportRecoversFirst() {
        importWith(oneTransaction, sample, Progress.NONE);
        assertThatThrownBy(() -> importWith(manyTransactions, changed, failingAfter(SMALL_TRANSACTIONS, new Crash())))
                .isInstanceOf(Crash.class);

        var rerun = importWith(oneTransaction, changed, Progress.NONE);

        assertThat(rerun.notes()).singleElement().asString().contains("rolled back the interrupted import of sample");
        assertThat(rerun.total()).isEqualTo(new ImportReport.Counts(3, 3, 2, 30));
        assertThat(GraphDump.of(graph)).noneMatch(line -> line.contains("Import"));
    }

    @Test
    @DisplayName("after a crash past its commit point, is finished rather than rolled back")
    void committedImportIsFinished() {
        importWith(oneTransaction, sample, Progress.NONE);
        var imported = GraphDump.of(graph);
        graph.write(tx -> tx.run("""
                CREATE (:ImportJournal {id: 'j', dataset: 'sample', state: 'COMMITTED', startedAt: '2026-01-01T00:00Z', transactions: 2})
                CREATE (:ImportUndo {journal: 'j', seq: 0, steps: '[{"action":"DELETE_NODES","target":null,"rows":[{"id":"olvg"}]}]'})
                """).consume());

        assertThat(manyTransactions.recoverInterruptedImport()).containsExactly(
                "finished cleaning up after the import of sample started 2026-01-01T00:00Z");
        assertThat(GraphDump.of(graph)).isEqualTo(imported);
    }

    @Test
    @DisplayName("writes nothing at all when the dataset has not changed")
    void unchangedWritesNothing() {
        importWith(manyTransactions, sample, Progress.NONE);
        long committed = lastCommittedTransaction();

        var again = importWith(manyTransactions, sample, Progress.NONE);

        assertThat(again.changedAnything()).isFalse();
        assertThat(again.transactions()).isZero();
        assertThat(lastCommittedTransaction()).isEqualTo(committed);
    }

    private static long lastCommittedTransaction() {
        return TestNeo4j.embedded().lastCommittedTransactionId();
    }

    /** A progress that fails once this many rows are written, as a full disk or a dying process would. */
    private static Progress failingAfter(int rows, Throwable failure) {
        return new Progress() {
            private int written;

            @Override
            public void advanced(int count) {
                written += count;
                if (written >= rows && failure instanceof Error error) {
                    throw error;
                }
                if (written >= rows) {
                    throw (RuntimeException) failure;
                }
            }
        };
    }

    /** Stands for the process dying: an error, which the importer does not try to recover from itself. */
    private static final class Crash extends Error {
        Crash() {
            super("the process died");
        }
    }
}
