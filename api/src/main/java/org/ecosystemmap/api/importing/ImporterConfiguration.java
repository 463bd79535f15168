package org.ecosystemmap.api.importing;

import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.importer.Importer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The importer, shared by the start-up load and uploads, so that one import runs at a time. */
@Configuration(proxyBeanMethods = false)
public class ImporterConfiguration {

    @Bean
    Importer importer(EcosystemGraph graph) {
        return new Importer(graph);
    }
}
