package org.ecosystemmap.api.bundled;

import java.util.Map;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Fills an empty graph with the bundled dataset on start, so that a new user sees the map at once. A graph
 * that holds any entity is left alone: curators' changes are never overwritten by a restart.
 */
@Component
@EnableConfigurationProperties(BundledDatasetProperties.class)
public class BundledDatasetLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledDatasetLoader.class);

    private final EcosystemGraph graph;
    private final Importer importer;
    private final BundledDatasetProperties properties;

    public BundledDatasetLoader(EcosystemGraph graph, Importer importer, BundledDatasetProperties properties) {
        this.graph = graph;
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        boolean empty = graph.queryOne("MATCH (n:Entity) RETURN count(n) = 0 AS empty", Map.of(), r -> r.get("empty").asBoolean())
                .orElse(true);
        if (!empty) {
            log.info("The graph holds data; the bundled dataset is not loaded");
            return;
        }
        log.info("Loading the bundled dataset {} into the empty graph", properties.location());
        var report = importer.importDataset(new ClasspathSource(properties.location()), ImportOptions.DEFAULT);
        log.info("Loaded the bundled dataset {}: {} entities and relationships in {} ms", report.dataset(),
                report.total().created(), report.took().toMillis());
    }
}
