package org.ecosystemmap.graph.connection;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the graph lives. Without {@code uri} an embedded Neo4j starts in {@code data-dir}; with it, no
 * embedded database starts and all work goes to that server or cluster. These names are a contract:
 * operators' scripts set them.
 *
 * @param uri a {@code bolt://}, {@code neo4j://} or {@code neo4j+s://} address of an external server or cluster
 * @param username user name for the external server
 * @param password password for the external server
 * @param database the database to use; empty means the server's default database
 * @param dataDir the folder of the embedded database, relative to the working directory
 * @param boltPort the embedded database's Bolt port on localhost (0 picks a free one)
 * @param pageCache the embedded database's page cache
 * @param queryTimeout how long one read transaction may run before the database stops it
 */
@ConfigurationProperties("ecosystem.neo4j")
public record EcosystemNeo4jProperties(
        URI uri,
        String username,
        String password,
        String database,
        Path dataDir,
        Integer boltPort,
        DataSize pageCache,
        Duration queryTimeout) {

    public EcosystemNeo4jProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        boltPort = boltPort == null ? 7687 : boltPort;
        pageCache = pageCache == null ? DataSize.ofMegabytes(256) : pageCache;
        queryTimeout = queryTimeout == null ? Duration.ofSeconds(10) : queryTimeout;
    }

    public boolean external() {
        return uri != null && !uri.toString().isBlank();
    }
}
