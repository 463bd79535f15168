package org.ecosystemmap.graph.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@DisplayName("The embedded database started before the application's beans")
class EarlyEmbeddedNeo4jTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("is the one the application uses, and stops with it")
    void handedToTheBean() {
        var dataDir = temp.resolve("data");
        try (var context = application(WithEmbedded.class).run("--ecosystem.neo4j.data-dir=" + dataDir)) {
            var neo4j = context.getBean(EmbeddedNeo4j.class);
            neo4j.awaitStarted();
            assertThat(neo4j.database().isAvailable(1000)).isTrue();
            // Taken by the bean: a second database on the same folder would not have started at all (its lock).
            assertThat(context.getBean(EarlyEmbeddedNeo4j.Handover.class).take(context.getBean(EcosystemNeo4jProperties.class))).isNull();
        }
        assertFolderFree(dataDir);
    }

    @Test
    @DisplayName("is stopped with the application when another connection is configured instead")
    void stoppedWhenNotTaken() {
        var dataDir = temp.resolve("data");
        try (var context = application(WithOtherConnection.class).run("--ecosystem.neo4j.data-dir=" + dataDir)) {
            assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(context.getBeansOfType(EarlyEmbeddedNeo4j.Handover.class)).hasSize(1);
        }
        assertFolderFree(dataDir);
    }

    @Test
    @DisplayName("is not started when an external server is configured")
    void notStartedForAnExternalServer() {
        var dataDir = temp.resolve("data");
        try (var context = application(WithEmbedded.class).run("--ecosystem.neo4j.data-dir=" + dataDir,
                "--ecosystem.neo4j.uri=bolt://localhost:1")) {
            assertThat(context.getBeansOfType(EarlyEmbeddedNeo4j.Handover.class)).isEmpty();
            assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
        }
        assertThat(Files.exists(dataDir)).isFalse();
    }

    private static SpringApplicationBuilder application(Class<?> configuration) {
        return new SpringApplicationBuilder(configuration).web(WebApplicationType.NONE).listeners(new EarlyEmbeddedNeo4j())
                .properties("ecosystem.neo4j.bolt-port=0", "spring.main.banner-mode=off");
    }

    /** Another database can start on the folder: none holds its lock any more. */
    private static void assertFolderFree(Path dataDir) {
        var again = EmbeddedNeo4j.start(dataDir, 0, 8 * 1024 * 1024);
        again.close();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(EmbeddedNeo4jAutoConfiguration.class)
    static class WithEmbedded {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(EmbeddedNeo4jAutoConfiguration.class)
    static class WithOtherConnection {

        @Bean
        Neo4jConnectionDetails otherConnection() {
            return new Neo4jConnectionDetails() {
                @Override
                public URI getUri() {
                    return URI.create("bolt://localhost:1");
                }

                @Override
                public AuthToken getAuthToken() {
                    return AuthTokens.none();
                }
            };
        }
    }
}
