package org.ecosystemmap.importer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.ecosystemmap.importer.DatasetReader;
import org.ecosystemmap.importer.dataset.Problem;
import org.ecosystemmap.importer.testing.ZipBomb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip bomb: 4 MB holding a relationships.csv of almost 4 GiB on one line, declared as it is or, to slip
 * past that check, as one kilobyte. Reading it must stop at the first limit it reaches, with a located
 * problem, in a process whose heap could never hold the entry.
 */
@DisplayName("A zip bomb")
class ZipBombTest {

    private static final String EXPECTED = "relationships.csv:2: column from: the value is longer than 100,000 characters";

    @TempDir
    static Path temp;
    private static Path bomb;
    private static Path lyingBomb;

    @BeforeAll
    static void make() {
        bomb = ZipBomb.write(temp.resolve("bomb.zip"), "relationships.csv", "from,type,to\n", 4_095);
        lyingBomb = ZipBomb.write(temp.resolve("lying-bomb.zip"), "relationships.csv", "from,type,to\n", 4_095, true);
    }

    @Test
    @DisplayName("is small, and declares an entry of almost 4 GiB")
    void isABomb() throws Exception {
        assertThat(Files.size(bomb)).isLessThan(8L * 1024 * 1024);
        try (var zip = new ZipFile(bomb.toFile())) {
            assertThat(zip.getEntry("relationships.csv").getSize()).isGreaterThan(4_000_000_000L);
        }
    }

    @Test
    @DisplayName("is rejected by the reader for the size it declares, before a byte is inflated")
    void isRejectedForItsDeclaredSize() {
        assertThat(new DatasetReader().read(bomb, null).problems()).extracting(Problem::toString).containsExactly(
                "bomb.zip: the zip entry \"relationships.csv\" declares 4,293,918,733 bytes, more than the 536,870,912 a dataset file may hold");
    }

    @Test
    @DisplayName("that lies about its size is rejected by the reader with the file, line and column where it went beyond a cell")
    void isRejectedWhileRead() {
        var raw = new DatasetReader().read(lyingBomb, null);
        assertThat(raw.problems()).extracting(Problem::toString).singleElement().asString().startsWith(EXPECTED);
    }

    @Test
    @DisplayName("is rejected by the import command in a JVM of 128 MB heap, with exit code 1 and the located problem")
    void isRejectedByTheCommandLine() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"), ImportCommand.class.getName(),
                lyingBomb.toString(), "--data-dir", temp.resolve("data").toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(temp.resolve("stderr.txt").toFile())
                .start();
        // A guard against a hang, not a measure of speed.
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command ended").isTrue();
        var errors = Files.readString(temp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(errors).isEqualTo(ImportCommand.INVALID_DATASET);
        assertThat(errors).contains(EXPECTED).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(temp.resolve("data")).as("the database is not even opened for a broken dataset").doesNotExist();
    }
}
