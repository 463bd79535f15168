package org.ecosystemmap.graph.connection;

import java.time.Duration;
import java.time.Instant;

/**
 * The moment by which the reads of the work running on this thread must end, when that work has one (a
 * GraphQL request under its time limit sets it on every thread that works for the request). A read's
 * transaction timeout is cut to the time that is left, so that the database itself ends the transaction at
 * the deadline: closing a connection does not stop a query the database is still running.
 */
public final class ReadDeadline {

    private static final ThreadLocal<Instant> DEADLINE = new ThreadLocal<>();

    private ReadDeadline() {
    }

    /** Reads on this thread end by then, until {@link #clear}. */
    public static void set(Instant deadline) {
        DEADLINE.set(deadline);
    }

    public static void clear() {
        DEADLINE.remove();
    }

    /** The timeout, or the time left before this thread's deadline when that is shorter (at least a millisecond). */
    static Duration cap(Duration timeout) {
        var deadline = DEADLINE.get();
        if (deadline == null) {
            return timeout;
        }
        var left = Duration.between(Instant.now(), deadline);
        return left.compareTo(timeout) >= 0 ? timeout : left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left;
    }
}
