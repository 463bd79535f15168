package org.ecosystemmap.api.importing;

import org.ecosystemmap.importer.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Rolls back an import that a dying process left half-written (or finishes one that had committed), before
 * the server takes its first request, so that readers only ever see the last complete import.
 */
@Component
public class InterruptedImportRecovery implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImportRecovery.class);

    private final Importer importer;

    public InterruptedImportRecovery(Importer importer) {
        this.importer = importer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var recovered = importer.recoverInterruptedImport();
        if (recovered.isEmpty()) {
            log.debug("No interrupted import to recover");
        }
    }
}
