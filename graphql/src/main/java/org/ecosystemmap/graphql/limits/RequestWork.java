package org.ecosystemmap.graphql.limits;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import io.micrometer.context.ThreadLocalAccessor;
import java.time.Instant;
import org.ecosystemmap.graph.connection.ReadDeadline;

/**
 * One GraphQL request under its time limit: the deadline its work must end by, and the means to stop it.
 * Spring for GraphQL restores a request's context around every data fetcher, controller method and batch
 * loader, on whatever thread runs it; {@link Accessor} takes part in that and sets the request's deadline as
 * the thread's {@link ReadDeadline}, so every Neo4j transaction the request opens is ended by the database at
 * the deadline. {@link #stop} cancels the execution, so that graphql-java starts nothing more.
 */
public final class RequestWork {

    /** What a client is told when its request ran out of time, wherever it was stopped. */
    public static final String TIME_LIMIT_MESSAGE = "The query ran longer than the time limit and was stopped. "
            + "Ask for less: fewer hops, a smaller limit or depth, or more filters.";

    /** The key under which a request's work is kept in its {@link GraphQLContext}. */
    static final String KEY = RequestWork.class.getName();

    private final Instant deadline;
    private ExecutionInput execution;
    private boolean stopped;

    RequestWork(Instant deadline) {
        this.deadline = deadline;
    }

    /** True once the request this context belongs to was stopped: what its fetchers still do is thrown away. */
    public static boolean stopped(GraphQLContext context) {
        RequestWork work = context.get(KEY);
        return work != null && work.stopped();
    }

    private synchronized boolean stopped() {
        return stopped;
    }

    /** Joins the work to the request's execution, and its context to the work. */
    synchronized void begin(ExecutionInput input) {
        execution = input;
        input.getGraphQLContext().put(KEY, this);
    }

    /** Cancels the execution: graphql-java fetches and completes nothing more. */
    synchronized void stop() {
        stopped = true;
        if (execution != null) {
            execution.cancel();
        }
    }

    /** Gives the threads that run a request's pieces of work its deadline, and takes it back when a piece ends. */
    static final class Accessor implements ThreadLocalAccessor<RequestWork> {

        private static final ThreadLocal<RequestWork> CURRENT = new ThreadLocal<>();

        @Override
        public Object key() {
            return KEY;
        }

        @Override
        public RequestWork getValue() {
            return CURRENT.get();
        }

        @Override
        public void setValue(RequestWork work) {
            CURRENT.set(work);
            ReadDeadline.set(work.deadline);
        }

        @Override
        public void setValue() {
            CURRENT.remove();
            ReadDeadline.clear();
        }
    }
}
