package org.ecosystemmap.api.importing;

import org.ecosystemmap.importer.write.GraphImport;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the server imports datasets.
 *
 * @param maxChangesPerTransaction the most changes (nodes and relationships created, updated or deleted)
 *     an import writes in one transaction; a larger import is written in several, journaled so that it
 *     still lands whole or not at all (default 50000)
 */
@ConfigurationProperties("ecosystem.importer")
public record ImporterProperties(Integer maxChangesPerTransaction) {

    public ImporterProperties {
        maxChangesPerTransaction = maxChangesPerTransaction == null ? GraphImport.DEFAULT_MAX_CHANGES_PER_TRANSACTION : maxChangesPerTransaction;
    }
}
