package org.ecosystemmap.importer.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ecosystemmap.importer.DatasetReader;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.DatasetUpload;
import org.ecosystemmap.importer.validation.DatasetValidator;

/**
 * The dataset readers under Jazzer: whatever bytes arrive, reading and validating either gives a dataset or
 * rejects it with located problems; any other exception (a crash, a hang, an exhausted memory) is a bug.
 * Runs only in the Maven profile {@code fuzz} ({@code ./ecomap fuzz}): Jazzer's agent would slow every other test of
 * the normal run. The saved inputs next to this class seed the fuzzer, and a finding written there replays.
 */
class DatasetReadersFuzzTest {

    private final DatasetReader reader = new DatasetReader();
    private final DatasetValidator validator = new DatasetValidator();

    @FuzzTest(maxDuration = "90s")
    void csv(FuzzedDataProvider data) {
        var partners = data.consumeBytes(data.remainingBytes() / 2);
        var relationships = data.consumeRemainingAsBytes();
        readsOrRejects(new DatasetUpload("fuzz.zip", "fuzz", zip(partners, relationships)));
    }

    @FuzzTest(maxDuration = "90s")
    void json(byte[] document) {
        readsOrRejects(new DatasetUpload("fuzz.json", "fuzz", document));
    }

    @FuzzTest(maxDuration = "90s")
    void xlsx(byte[] workbook) {
        readsOrRejects(new DatasetUpload("fuzz.xlsx", "fuzz", workbook));
    }

    private void readsOrRejects(DatasetUpload upload) {
        try {
            validator.validate(reader.read(upload, null));
        } catch (DatasetRejectedException expected) {
            // A located rejection is the right answer to bad input.
        }
    }

    private static byte[] zip(byte[] partners, byte[] relationships) {
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("fuzz/partners.csv"));
            zip.write(partners);
            zip.putNextEntry(new ZipEntry("fuzz/relationships.csv"));
            zip.write(relationships);
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
