package org.ecosystemmap.api.importing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ecosystemmap.graph.connection.GraphStartup;
import org.ecosystemmap.importer.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rolls back an import that a dying process left half-written (or finishes one that had committed): as part
 * of the graph's start, before anything else reads it (the bundled dataset's check for an empty graph comes
 * after it), and then every {@code ecosystem.importer.abandoned-import-check} while the server runs, so that
 * an import killed while writing into the running server (through Bolt, from the command line) is undone
 * within that time, without a restart. An import that is still running holds the import lock, so it is never
 * taken for abandoned.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InterruptedImportRecovery implements GraphStartup.Step, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImportRecovery.class);

    private final Importer importer;
    private final ImporterProperties properties;
    private ScheduledExecutorService checks;

    public InterruptedImportRecovery(Importer importer, ImporterProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run() {
        var recovered = importer.recoverInterruptedImport();
        if (recovered.isEmpty()) {
            log.debug("No interrupted import to recover");
        }
        long every = properties.abandonedImportCheck().toMillis();
        if (every > 0) {
            checks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("abandoned-import-check").daemon().factory());
            checks.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void check() {
        try {
            importer.recoverAbandonedImport().forEach(done -> log.warn("An import's process died while it wrote: {}", done));
        } catch (RuntimeException e) {
            // The next check tries again; a database that is away for a while must not end the checks.
            log.warn("Could not check for an abandoned import: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (checks != null) {
            checks.shutdownNow();
        }
    }
}
