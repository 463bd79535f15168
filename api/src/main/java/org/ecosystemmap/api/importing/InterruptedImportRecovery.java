package org.ecosystemmap.api.importing;

import org.ecosystemmap.graph.connection.GraphStartup;
import org.ecosystemmap.importer.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rolls back an import that a dying process left half-written (or finishes one that had committed), as part
 * of the graph's start and before anything else reads it, so that readers only ever see the last complete
 * import; the bundled dataset's check for an empty graph comes after it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InterruptedImportRecovery implements GraphStartup.Step {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImportRecovery.class);

    private final Importer importer;

    public InterruptedImportRecovery(Importer importer) {
        this.importer = importer;
    }

    @Override
    public void run() {
        var recovered = importer.recoverInterruptedImport();
        if (recovered.isEmpty()) {
            log.debug("No interrupted import to recover");
        }
    }
}
