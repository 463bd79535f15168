package org.ecosystemmap.graph.connection;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j database inside this process, stored on disk in a folder of its own, with Bolt on
 * localhost so that the driver, Neo4j Browser and cypher-shell all reach it the same way.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String DATABASE = "neo4j";

    private final CompletableFuture<Started> started;
    private final Path dataDir;
    private final int requestedBoltPort;

    private EmbeddedNeo4j(CompletableFuture<Started> started, Path dataDir, int requestedBoltPort) {
        this.started = started;
        this.dataDir = dataDir;
        this.requestedBoltPort = requestedBoltPort;
    }

    private record Started(DatabaseManagementService service, GraphDatabaseAPI database, int boltPort) {
    }

    /**
     * Starts the database in {@code dataDir}, creating it when absent, and returns once it is available.
     *
     * @param boltPort the Bolt port on localhost; 0 picks a free one
     * @param pageCacheBytes the page cache size; Neo4j would otherwise take half the free memory
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, long pageCacheBytes) {
        var neo4j = startInBackground(dataDir, boltPort, pageCacheBytes);
        neo4j.awaitStarted();
        return neo4j;
    }

    /**
     * Starts the database on a thread of its own and returns at once, so that the application can start
     * alongside it (the database takes seconds). Whatever needs it calls {@link #awaitStarted}; with a fixed
     * Bolt port its address is known before it listens.
     */
    public static EmbeddedNeo4j startInBackground(Path dataDir, int boltPort, long pageCacheBytes) {
        var home = dataDir.toAbsolutePath().normalize();
        var started = new CompletableFuture<Started>();
        Thread.ofPlatform().name("neo4j-start").daemon().start(() -> {
            Started database;
            try {
                database = startNow(home, boltPort, pageCacheBytes);
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
                return;
            }
            started.complete(database);
            warmUpCypher(database.database());
        });
        return new EmbeddedNeo4j(started, home, boltPort);
    }

    /**
     * The first Cypher statement of a process sets up the query compiler: 1.6 s of a cold start on two cores,
     * spent on this thread while whatever waited for the database goes on (the schema is made without Cypher).
     */
    private static void warmUpCypher(GraphDatabaseAPI database) {
        try {
            database.executeTransactionally("MATCH (n:Entity) RETURN count(n) AS entities");
        } catch (RuntimeException e) {
            log.debug("Warming up Cypher failed: {}", e.getMessage());
        }
    }

    private static Started startNow(Path home, int boltPort, long pageCacheBytes) {
        long started = System.nanoTime();
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Indexes are built on every processor (Neo4j's default is one): a new database's schema over a
                    // bulk-imported store is built while nothing else runs.
                    .setConfig(GraphDatabaseInternalSettings.index_population_workers, Runtime.getRuntime().availableProcessors())
                    // Bolt otherwise waits twice five seconds for idle connections when stopping. It stops after the
                    // databases, so no statement is left to finish by then: a wait of 200 ms cost 0.4 s of every stop.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                    .build();
        } catch (RuntimeException e) {
            throw new Neo4jStartException(explain(e, home, boltPort), e);
        }
        var db = (GraphDatabaseAPI) service.database(DATABASE);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            service.shutdown();
            throw new Neo4jStartException("The embedded Neo4j in " + home + " did not become available within 2 minutes.", null);
        }
        int port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        log.info("Embedded Neo4j started in {} ms: data in {}, Bolt on bolt://localhost:{}",
                (System.nanoTime() - started) / 1_000_000, home, port);
        return new Started(service, db, port);
    }

    /**
     * Waits until the database is available.
     *
     * @throws Neo4jStartException when it could not start, saying why
     */
    public void awaitStarted() {
        started();
    }

    /** The Bolt address; known at once for a fixed port, after the start for port 0. */
    public URI boltUri() {
        return URI.create("bolt://localhost:" + boltPort());
    }

    public int boltPort() {
        return requestedBoltPort != 0 ? requestedBoltPort : started().boltPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The database itself, for work that needs no Bolt round trip or Cypher (its schema); waits until it has started. */
    public GraphDatabaseService database() {
        return started().database();
    }

    /** The id of the database's last committed transaction: it changes exactly when something is written. */
    public long lastCommittedTransactionId() {
        return started().database().getDependencyResolver().resolveDependency(TransactionIdStore.class).getLastCommittedTransactionId();
    }

    /** Stops the database, once it has finished starting; one that failed to start has nothing to stop. */
    @Override
    public void close() {
        try {
            started.join().service().shutdown();
        } catch (CompletionException e) {
            return;
        }
        log.info("Embedded Neo4j in {} stopped", dataDir);
    }

    private Started started() {
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static String explain(RuntimeException e, Path home, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            var name = t.getClass().getSimpleName();
            if (name.contains("FileLock")) {
                return "The data folder " + home + " is in use by another process (a running Ecosystem Map server or Neo4j). "
                        + "Stop it, or point this one at it with ecosystem.neo4j.uri=bolt://localhost:<its Bolt port>.";
            }
            if (name.contains("PortBind")) {
                return "Port " + port + " on localhost is taken, so the embedded Neo4j cannot open Bolt there. "
                        + "Choose another with ecosystem.neo4j.bolt-port.";
            }
        }
        return "The embedded Neo4j in " + home + " could not start: " + e.getMessage();
    }
}
