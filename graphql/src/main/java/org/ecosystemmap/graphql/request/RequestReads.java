package org.ecosystemmap.graphql.request;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.OpenRead;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Statement;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The one read transaction of a GraphQL request. The first root field that reads opens it, every other root
 * field of the request reads in it too, and it ends with the request: a request sees one state of the graph
 * and costs one transaction, whose time limit is the database's read timeout (for a request of one root field,
 * an auto-commit one). A statement that fails (the
 * time limit, an unreachable database) ends the transaction, and the fields after it fail the same way.
 * Root fields may be fetched on several threads; they take turns.
 */
public final class RequestReads implements AutoCloseable {

    private static final String KEY = RequestReads.class.getName();

    /** How often a transaction's first statement is tried when the database answers that it may be retried. */
    private static final int TRANSIENT_ATTEMPTS = 5;

    /** The pause before the second attempt, doubled before each further one: time for the import's transaction to commit. */
    private static final long FIRST_PAUSE_MILLIS = 5;

    private final EcosystemGraph graph;
    private final ReentrantLock turn = new ReentrantLock();
    private final Map<Class<?>, Object> memo = new HashMap<>();
    private final List<Statement> statements = new ArrayList<>();
    private OpenRead transaction;
    private RuntimeException failure;
    private boolean closed;
    private boolean oneRootField;

    RequestReads(EcosystemGraph graph) {
        this.graph = graph;
    }

    /** The reads of the request this field belongs to. */
    public static RequestReads of(DataFetchingEnvironment env) {
        return of(env.getGraphQlContext());
    }

    /** The reads of the request with this context. */
    public static RequestReads of(GraphQLContext context) {
        RequestReads reads = context.get(KEY);
        if (reads == null) {
            throw new IllegalStateException("no request transaction: is " + RequestTransaction.class.getSimpleName() + " installed?");
        }
        return reads;
    }

    static String key() {
        return KEY;
    }

    /**
     * What {@code compute} gives, computed once per request: for what every root field of a request should
     * see the same of, such as whether the analytics projection is current.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(Class<?> key, Supplier<T> compute) {
        turn.lock();
        try {
            return (T) memo.computeIfAbsent(key, k -> compute.get());
        } finally {
            turn.unlock();
        }
    }

    /** Runs the query's statement in the request's transaction and reads its records. */
    public <T> T run(CompiledQuery<T> query) {
        turn.lock();
        try {
            if (failure != null) {
                throw failure;
            }
            if (closed) {
                throw new IllegalStateException("the request has ended");
            }
            var statement = query.statement();
            statements.add(statement);
            for (int attempt = 1; ; attempt++) {
                boolean first = transaction == null;
                try {
                    if (transaction == null) {
                        transaction = graph.openRead(oneRootField);
                    }
                    var records = transaction.list(statement.cypher(), statement.parameters());
                    return query.reading().apply(records);
                } catch (TransientException e) {
                    // A read over data an import is writing can fail ("read outdated data"). When it was the
                    // transaction's first statement nothing has been answered from it, so a new one may try again.
                    end();
                    if (!first || attempt == TRANSIENT_ATTEMPTS) {
                        failure = e;
                        throw e;
                    }
                    pause(FIRST_PAUSE_MILLIS << (attempt - 1));
                } catch (Neo4jException e) {
                    failure = e;
                    end();
                    throw e;
                }
            }
        } finally {
            turn.unlock();
        }
    }

    /**
     * Waits before the next attempt. In this process a read meets an import's write at once; without a pause all
     * attempts fell inside the same write (the soak's upload: 3 of 36,548 reads failed after three attempts).
     */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to read again", e);
        }
    }

    /** Says that the request's operation has one root field: its one statement need not begin and commit a transaction. */
    void oneRootField() {
        oneRootField = true;
    }

    /** The statements the request has run so far, in order. */
    public List<Statement> statements() {
        turn.lock();
        try {
            return List.copyOf(statements);
        } finally {
            turn.unlock();
        }
    }

    @Override
    public void close() {
        turn.lock();
        try {
            closed = true;
            end();
        } finally {
            turn.unlock();
        }
    }

    private void end() {
        if (transaction != null) {
            var open = transaction;
            transaction = null;
            try {
                open.close();
            } catch (RuntimeException e) {
                // A transaction the database already ended (the time limit) cannot be closed cleanly; the
                // request has its error already.
                if (failure == null) {
                    failure = e;
                }
            }
        }
    }
}
