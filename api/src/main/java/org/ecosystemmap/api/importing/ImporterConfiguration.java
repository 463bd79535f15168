package org.ecosystemmap.api.importing;

import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.importer.Importer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The importer, shared by the start-up load and uploads; imports never interleave, also not across processes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImporterProperties.class)
public class ImporterConfiguration {

    @Bean
    Importer importer(EcosystemGraph graph, ImporterProperties properties) {
        return new Importer(graph, properties.maxChangesPerTransaction());
    }
}
