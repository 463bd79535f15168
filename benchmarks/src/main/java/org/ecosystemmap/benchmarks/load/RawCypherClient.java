package org.ecosystemmap.benchmarks.load;

import java.net.URI;
import org.ecosystemmap.benchmarks.scenario.Request;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** The floor: the Cypher straight over the Java driver, one read transaction per request, every record read. */
public final class RawCypherClient implements QueryClient {

    private final Driver driver;

    public RawCypherClient(URI bolt) {
        this.driver = GraphDatabase.driver(bolt, AuthTokens.none(), Config.builder().withMaxConnectionPoolSize(100).withLogging(Logging.none()).build());
    }

    @Override
    public void execute(Request request) {
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(request.text(), request.variables()).list());
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
