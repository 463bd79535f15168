package org.ecosystemmap.graphql.limits;

import graphql.ExecutionInput;
import graphql.GraphQLContext;
import io.micrometer.context.ThreadLocalAccessor;
import java.util.HashSet;
import java.util.Set;

/**
 * The threads working on one GraphQL request right now, so that the request can be stopped where its work
 * runs. Spring for GraphQL restores a request's context around every data fetcher, controller method and
 * batch loader, on whatever thread runs it; {@link Accessor} takes part in that, so a thread joins the work
 * when it starts a piece of it and leaves when that piece ends. {@link #stop} interrupts the threads inside:
 * the Neo4j driver answers an interrupt by closing the connection the thread waits on, and the database
 * then ends the transaction and its query.
 */
public final class RequestWork {

    /** What a client is told when its request ran out of time, wherever it was stopped. */
    public static final String TIME_LIMIT_MESSAGE = "The query ran longer than the time limit and was stopped. "
            + "Ask for less: fewer hops, a smaller limit or depth, or more filters.";

    /** The key under which a request's work is kept in its {@link GraphQLContext}. */
    static final String KEY = RequestWork.class.getName();

    private final Set<Thread> inside = new HashSet<>();
    private ExecutionInput execution;
    private boolean stopped;

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

    /** Cancels the execution, so that graphql-java starts nothing more, and interrupts what still runs. */
    synchronized void stop() {
        if (execution != null) {
            execution.cancel();
        }
        stopped = true;
        inside.forEach(Thread::interrupt);
    }

    private synchronized void enter() {
        var thread = Thread.currentThread();
        inside.add(thread);
        if (stopped) {
            thread.interrupt();
        }
    }

    private synchronized void leave() {
        inside.remove(Thread.currentThread());
        if (stopped) {
            // The interrupt was meant for this request's work; the thread may go on to other work.
            Thread.interrupted();
        }
    }

    /** Joins the threads that run a request's pieces of work to it, and lets them go when a piece ends. */
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
            setValue();
            CURRENT.set(work);
            work.enter();
        }

        @Override
        public void setValue() {
            var current = CURRENT.get();
            if (current != null) {
                current.leave();
                CURRENT.remove();
            }
        }
    }
}
