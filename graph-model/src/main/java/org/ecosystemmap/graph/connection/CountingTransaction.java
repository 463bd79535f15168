package org.ecosystemmap.graph.connection;

import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Counts every query sent to Neo4j, so that tests can see how many round trips a request makes. */
record CountingTransaction(TransactionContext tx, LongAdder queries) implements TransactionContext {

    @Override
    public Result run(String query, Value parameters) {
        queries.increment();
        return tx.run(query, parameters);
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        queries.increment();
        return tx.run(query, parameters);
    }

    @Override
    public Result run(String query, Record parameters) {
        queries.increment();
        return tx.run(query, parameters);
    }

    @Override
    public Result run(String query) {
        queries.increment();
        return tx.run(query);
    }

    @Override
    public Result run(Query query) {
        queries.increment();
        return tx.run(query);
    }
}
