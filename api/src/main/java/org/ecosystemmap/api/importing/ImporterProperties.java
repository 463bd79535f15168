package org.ecosystemmap.api.importing;

import java.time.Duration;
import org.ecosystemmap.importer.write.GraphImport;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the server imports datasets.
 *
 * @param maxChangesPerTransaction the most changes (nodes and relationships created, updated or deleted)
 *     an import writes in one transaction; a larger import is written in several, journaled so that it
 *     still lands whole or not at all (default 5000: the server's readers go on meanwhile, and short commits
 *     let them in between; the command line, which has the database to itself, writes 50000)
 * @param abandonedImportCheck how often the running server looks for an import whose process died (a command
 *     line import through Bolt that was killed) and rolls it back; 0 turns the check off (default 15s)
 * @param concurrentUploads how many uploads ({@code POST /datasets}) are read, validated and imported at once;
 *     each holds its dataset in memory and keeps a processor busy, so more would only take both from the
 *     readers (default 1)
 * @param uploadWait how long a further upload waits for its turn before it is answered 429 with
 *     {@code Retry-After} (default 30s)
 */
@ConfigurationProperties("ecosystem.importer")
public record ImporterProperties(Integer maxChangesPerTransaction, Duration abandonedImportCheck, Integer concurrentUploads,
        Duration uploadWait) {

    /**
     * Changes per transaction of an upload. Measured with `./ecomap soak` (docs/soak.md): a 200,000-relationship
     * upload under 32 readers took 96 s with 50,000 and the readers' p99 grew 9.4 times; with 5,000, 76 s and 5 times.
     */
    static final int SERVER_MAX_CHANGES_PER_TRANSACTION = 5_000;

    public ImporterProperties {
        maxChangesPerTransaction = maxChangesPerTransaction == null ? SERVER_MAX_CHANGES_PER_TRANSACTION : maxChangesPerTransaction;
        abandonedImportCheck = abandonedImportCheck == null ? Duration.ofSeconds(15) : abandonedImportCheck;
        concurrentUploads = concurrentUploads == null ? 1 : concurrentUploads;
        uploadWait = uploadWait == null ? Duration.ofSeconds(30) : uploadWait;
        if (concurrentUploads < 1) {
            throw new IllegalArgumentException("ecosystem.importer.concurrent-uploads must be 1 or more, not " + concurrentUploads);
        }
    }
}
