package org.ecosystemmap.graph.connection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * An {@link OpenRead} on the embedded database, run on the caller's thread through its Java API: no Bolt
 * encoding on either side and no hand-over to a Bolt worker. One database, so every committed write, this
 * application's or an import's through Bolt, is visible without bookmarks. The database ends the transaction
 * at its timeout, as it ends a Bolt one.
 */
final class InProcessRead implements OpenRead {

    private final GraphDatabaseService database;
    private final Duration timeout;
    private final Runnable counter;
    private Transaction transaction;

    InProcessRead(GraphDatabaseService database, Duration timeout, Runnable counter) {
        this.database = database;
        this.timeout = timeout;
        this.counter = counter;
    }

    @Override
    public List<Record> list(String cypher, Map<String, Object> parameters) {
        counter.run();
        try {
            if (transaction == null) {
                transaction = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            try (var result = transaction.execute(cypher, parameters)) {
                var keys = result.columns();
                var records = new ArrayList<Record>();
                while (result.hasNext()) {
                    records.add(InProcessValues.record(keys, result.next()));
                }
                return records;
            }
        } catch (RuntimeException e) {
            throw InProcessValues.translate(e);
        }
    }

    @Override
    public void close() {
        if (transaction != null) {
            try {
                transaction.close();
            } catch (RuntimeException e) {
                throw InProcessValues.translate(e);
            } finally {
                transaction = null;
            }
        }
    }
}
