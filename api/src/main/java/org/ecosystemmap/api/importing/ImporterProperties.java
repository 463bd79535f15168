package org.ecosystemmap.api.importing;

import java.time.Duration;
import org.ecosystemmap.importer.write.GraphImport;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the server imports datasets.
 *
 * @param maxChangesPerTransaction the most changes (nodes and relationships created, updated or deleted)
 *     an import writes in one transaction; a larger import is written in several, journaled so that it
 *     still lands whole or not at all (default 50000)
 * @param abandonedImportCheck how often the running server looks for an import whose process died (a command
 *     line import through Bolt that was killed) and rolls it back; 0 turns the check off (default 15s)
 */
@ConfigurationProperties("ecosystem.importer")
public record ImporterProperties(Integer maxChangesPerTransaction, Duration abandonedImportCheck) {

    public ImporterProperties {
        maxChangesPerTransaction = maxChangesPerTransaction == null ? GraphImport.DEFAULT_MAX_CHANGES_PER_TRANSACTION : maxChangesPerTransaction;
        abandonedImportCheck = abandonedImportCheck == null ? Duration.ofSeconds(15) : abandonedImportCheck;
    }
}
