package org.ecosystemmap.api.bundled;

import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EcosystemNeo4jProperties;
import org.ecosystemmap.graph.connection.GraphStartup;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty graph with the bundled dataset as the graph starts, so that a new user sees the map at once.
 * A graph that holds any entity is left alone: curators' changes are never overwritten by a restart. It runs
 * last among the start-up steps (after an interrupted import is undone), and the server answers 503 until it is
 * done: never an empty map. An embedded database's folder then records what it was filled with, so that the
 * folder can seed new ones ({@link BundledStoreSeed}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@EnableConfigurationProperties(BundledDatasetProperties.class)
public class BundledDatasetLoader implements GraphStartup.Step {

    private static final Logger log = LoggerFactory.getLogger(BundledDatasetLoader.class);

    private final EcosystemGraph graph;
    private final Importer importer;
    private final BundledDatasetProperties properties;
    private final EcosystemNeo4jProperties neo4j;

    public BundledDatasetLoader(EcosystemGraph graph, Importer importer, BundledDatasetProperties properties, EcosystemNeo4jProperties neo4j) {
        this.graph = graph;
        this.importer = importer;
        this.properties = properties;
        this.neo4j = neo4j;
    }

    @Override
    public void run() {
        if (!properties.enabled()) {
            return;
        }
        boolean empty = graph.read(tx -> tx.run("MATCH (n:Entity) RETURN count(n) = 0 AS empty").single().get("empty").asBoolean(),
                GraphStartup.READ_TIMEOUT);
        if (!empty) {
            log.info("The graph holds data; the bundled dataset is not loaded");
            return;
        }
        log.info("Loading the bundled dataset {} into the empty graph", properties.location());
        var report = importer.importDataset(new ClasspathSource(properties.location()), ImportOptions.DEFAULT);
        log.info("Loaded the bundled dataset {}: {} entities and relationships in {} ms", report.dataset(),
                report.total().created(), report.took().toMillis());
        if (!neo4j.external()) {
            BundledStoreSeed.mark(neo4j.dataDir(), properties.location());
        }
    }
}
