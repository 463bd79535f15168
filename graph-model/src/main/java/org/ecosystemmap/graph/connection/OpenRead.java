package org.ecosystemmap.graph.connection;

import java.util.Map;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * A read transaction that stays open across several calls, such as the root fields of one GraphQL request,
 * so that they see one state of the graph and cost one transaction. It is routed to a reader, waits for the
 * application's bookmarks and has the read timeout, as {@link EcosystemGraph#read} has; unlike it, it is not
 * retried, since its statements have already answered the caller when a retry would start. Not for use by
 * two threads at once.
 */
public final class OpenRead implements AutoCloseable {

    private final Session session;
    private final Transaction transaction;
    private final Runnable counter;

    OpenRead(Session session, Transaction transaction, Runnable counter) {
        this.session = session;
        this.transaction = transaction;
        this.counter = counter;
    }

    /** Runs one statement; its result must be consumed before the next one runs. */
    public Result run(String cypher, Map<String, Object> parameters) {
        counter.run();
        return transaction.run(cypher, parameters);
    }

    /** Ends the transaction (nothing was written, so there is nothing to commit) and the session. */
    @Override
    public void close() {
        try {
            if (transaction.isOpen()) {
                transaction.commit();
            }
        } finally {
            session.close();
        }
    }
}
