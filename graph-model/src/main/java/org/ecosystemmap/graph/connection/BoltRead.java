package org.ecosystemmap.graph.connection;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * An {@link OpenRead} through Bolt: routed to a reader, waiting for the application's bookmarks. A caller that
 * will run one statement only says so, and that statement runs as an auto-commit transaction, which spares the
 * database round trips to begin and commit.
 */
final class BoltRead implements OpenRead {

    private final Session session;
    private final TransactionConfig config;
    private final boolean oneStatement;
    private final Runnable counter;
    private Transaction transaction;

    BoltRead(Session session, TransactionConfig config, boolean oneStatement, Runnable counter) {
        this.session = session;
        this.config = config;
        this.oneStatement = oneStatement;
        this.counter = counter;
    }

    @Override
    public List<Record> list(String cypher, Map<String, Object> parameters) {
        counter.run();
        if (oneStatement) {
            return session.run(cypher, parameters, config).list();
        }
        if (transaction == null) {
            transaction = session.beginTransaction(config);
        }
        return transaction.run(cypher, parameters).list();
    }

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
