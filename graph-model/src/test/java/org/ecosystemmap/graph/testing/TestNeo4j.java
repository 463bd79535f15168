package org.ecosystemmap.graph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * One real embedded Neo4j per test JVM, started on first use in a temporary folder with a free Bolt port,
 * and stopped when the JVM exits. Tests that share it leave the graph as they found it ({@link #clear}).
 */
public final class TestNeo4j {

    private static EmbeddedNeo4j neo4j;
    private static Driver driver;
    private static EcosystemGraph graph;

    private TestNeo4j() {
    }

    public static synchronized EmbeddedNeo4j embedded() {
        if (neo4j == null) {
            neo4j = EmbeddedNeo4j.start(temporaryFolder("ecosystem-test-neo4j"), 0, 64L * 1024 * 1024);
            Runtime.getRuntime().addShutdownHook(new Thread(TestNeo4j::stop));
        }
        return neo4j;
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            driver = GraphDatabase.driver(embedded().boltUri(), AuthTokens.none());
        }
        return driver;
    }

    /** The shared graph with its schema applied; its requests read in this process, as the application's do on the embedded database. */
    public static synchronized EcosystemGraph graph() {
        if (graph == null) {
            graph = new EcosystemGraph(driver(), null, Duration.ofSeconds(30), embedded()::database);
            new GraphSchema(graph).apply();
        }
        return graph;
    }

    /** Removes every node and relationship; the schema stays. */
    public static void clear() {
        graph().write(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
    }

    public static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void stop() {
        if (driver != null) {
            driver.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }
}
