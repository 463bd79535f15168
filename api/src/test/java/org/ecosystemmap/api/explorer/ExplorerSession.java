package org.ecosystemmap.api.explorer;

import java.util.HashMap;
import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.graph.testing.TestNeo4j;

/**
 * What an explorer test drives: a server of its own on the shared test database, emptied first so that the server
 * loads the bundled report into it, and a headless Chromium. Closing stops both and empties the database again.
 */
record ExplorerSession(RunningServer server, Browser browser) implements AutoCloseable {

    /** @param properties the server's properties besides the database's address */
    static ExplorerSession start(Map<String, String> properties) {
        TestNeo4j.clear();
        var all = new HashMap<>(properties);
        all.put("ecosystem.neo4j.uri", TestNeo4j.embedded().boltUri().toString());
        var server = RunningServer.start(all);
        try {
            return new ExplorerSession(server, new Browser(1400, 1000));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try (server) {
            browser.close();
        } finally {
            TestNeo4j.clear();
        }
    }
}
