package org.ecosystemmap.api;

import java.util.Arrays;
import org.ecosystemmap.api.bundled.BundledStoreSeed;
import org.ecosystemmap.graph.connection.EarlyEmbeddedNeo4j;
import org.ecosystemmap.importer.cli.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * The ecosystem map server: GraphQL at /graphql, GraphiQL at /graphiql, health at /actuator/health.
 * {@code java -jar ecosystem-map.jar import DATASET} runs the importer's command line instead.
 */
// Callers authenticate with API keys only; Boot's generated in-memory user would be a second, unused door.
@SpringBootApplication(scanBasePackages = "org.ecosystemmap", exclude = UserDetailsServiceAutoConfiguration.class)
public class EcosystemMapApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        var application = new SpringApplication(EcosystemMapApplication.class);
        application.addListeners(new BundledStoreSeed(), new EarlyEmbeddedNeo4j());
        application.run(args);
    }
}
