package org.ecosystemmap.graph.connection;

import java.util.Map;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * A read transaction that stays open across several calls, such as the root fields of one GraphQL request,
 * so that they see one state of the graph and cost one transaction. It is routed to a reader, waits for the
 * application's bookmarks and has the read timeout, as {@link EcosystemGraph#read} has; unlike it, it is not
 * retried, since its statements have already answered the caller when a retry would start. A caller that
 * will run one statement only says so, and that statement runs as an auto-commit transaction, which spares
 * the database round trips to begin and commit. Not for use by two threads at once.
 */
public final class OpenRead implements AutoCloseable {

    private final Session session;
    private final TransactionConfig config;
    private final boolean oneStatement;
    private final Runnable counter;
    private Transaction transaction;

    OpenRead(Session session, TransactionConfig config, boolean oneStatement, Runnable counter) {
        this.session = session;
        this.config = config;
        this.oneStatement = oneStatement;
        this.counter = counter;
    }

    /** Runs one statement; its result must be consumed before the next one runs. */
    public Result run(String cypher, Map<String, Object> parameters) {
        counter.run();
        if (oneStatement) {
            return session.run(cypher, parameters, config);
        }
        if (transaction == null) {
            transaction = session.beginTransaction(config);
        }
        return transaction.run(cypher, parameters);
    }

    /** Ends the transaction (nothing was written, so there is nothing to commit) and the session. */
    @Override
    public void close() {
        try {
            if (transaction != null && transaction.isOpen()) {
                transaction.commit();
            }
        } finally {
            session.close();
        }
    }
}
