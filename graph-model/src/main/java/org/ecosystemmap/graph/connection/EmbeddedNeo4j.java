package org.ecosystemmap.graph.connection;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
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

    private final DatabaseManagementService service;
    private final Path dataDir;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService service, Path dataDir, int boltPort) {
        this.service = service;
        this.dataDir = dataDir;
        this.boltPort = boltPort;
    }

    /**
     * Starts the database in {@code dataDir}, creating it when absent.
     *
     * @param boltPort the Bolt port on localhost; 0 picks a free one
     * @param pageCacheBytes the page cache size; Neo4j would otherwise take half the free memory
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, long pageCacheBytes) {
        var home = dataDir.toAbsolutePath().normalize();
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
                    // Bolt otherwise waits twice five seconds for idle connections when stopping.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
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
        return new EmbeddedNeo4j(service, home, port);
    }

    public URI boltUri() {
        return URI.create("bolt://localhost:" + boltPort);
    }

    public int boltPort() {
        return boltPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The id of the database's last committed transaction: it changes exactly when something is written. */
    public long lastCommittedTransactionId() {
        var db = (GraphDatabaseAPI) service.database(DATABASE);
        return db.getDependencyResolver().resolveDependency(TransactionIdStore.class).getLastCommittedTransactionId();
    }

    @Override
    public void close() {
        service.shutdown();
        log.info("Embedded Neo4j in {} stopped", dataDir);
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
