package org.ecosystemmap.graph.connection;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jAutoConfiguration;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells Spring Boot's Neo4j driver where the graph is: the external server named by
 * {@code ecosystem.neo4j.uri}, or else an embedded database this configuration starts. Another
 * {@link Neo4jConnectionDetails} (a Testcontainers service connection, say) takes precedence over both. The
 * driver connects on first use, so with a fixed Bolt port it is made before the embedded database listens.
 */
@AutoConfiguration(before = Neo4jAutoConfiguration.class)
@EnableConfigurationProperties(EcosystemNeo4jProperties.class)
public class EmbeddedNeo4jAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${ecosystem.neo4j.uri:}'.isBlank()")
    static class ExternalServer {

        @Bean
        @ConditionalOnMissingBean(Neo4jConnectionDetails.class)
        Neo4jConnectionDetails externalNeo4jConnection(EcosystemNeo4jProperties properties) {
            URI uri = properties.uri();
            AuthToken auth = properties.username() == null || properties.username().isBlank()
                    ? AuthTokens.none()
                    : AuthTokens.basic(properties.username(), properties.password() == null ? "" : properties.password());
            return new FixedConnection(uri, auth);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${ecosystem.neo4j.uri:}'.isBlank()")
    @ConditionalOnMissingBean(Neo4jConnectionDetails.class)
    static class Embedded {

        /**
         * Starts while the rest of the application does, or earlier ({@link EarlyEmbeddedNeo4j}); see
         * {@link GraphStartup} for what waits for it.
         */
        @Bean(destroyMethod = "close")
        EmbeddedNeo4j embeddedNeo4j(EcosystemNeo4jProperties properties, ObjectProvider<EarlyEmbeddedNeo4j.Handover> early) {
            var handover = early.getIfAvailable();
            var startedEarly = handover == null ? null : handover.take(properties);
            return startedEarly != null ? startedEarly
                    : EmbeddedNeo4j.startInBackground(properties.dataDir(), properties.boltPort(), properties.pageCache().toBytes());
        }

        @Bean
        Neo4jConnectionDetails embeddedNeo4jConnection(EmbeddedNeo4j neo4j) {
            return new FixedConnection(neo4j.boltUri(), AuthTokens.none());
        }
    }

    record FixedConnection(URI uri, AuthToken authToken) implements Neo4jConnectionDetails {
        @Override
        public URI getUri() {
            return uri;
        }

        @Override
        public AuthToken getAuthToken() {
            return authToken;
        }
    }
}
