package org.ecosystemmap.graph.connection;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * A read transaction that stays open across several calls, such as the root fields of one GraphQL request,
 * so that they see one state of the graph and cost one transaction. It sees the application's writes and has
 * the read timeout, as {@link EcosystemGraph#read} has; unlike it, it is not retried, since its statements have
 * already answered the caller when a retry would start. Not for use by two threads at once.
 *
 * <p>On the embedded database it runs in this process ({@link InProcessRead}); on a server, through Bolt
 * ({@link BoltRead}). Either way its records and its exceptions are the driver's.
 */
public sealed interface OpenRead extends AutoCloseable permits BoltRead, InProcessRead {

    /** Runs one statement and reads all of its records. */
    List<Record> list(String cypher, Map<String, Object> parameters);

    /** Ends the transaction (nothing was written, so there is nothing to commit). */
    @Override
    void close();
}
