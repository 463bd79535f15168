package org.ecosystemmap.graph.connection;

import java.time.Duration;
import java.time.Instant;

/**
 * The moment by which the reads of the work running on this thread must end, when that work has one (a
 * GraphQL request under its time limit sets it on every thread that works for the request). A read's
 * transaction timeout is cut to the time that is left, so that the database itself ends the transaction at
 * the deadline: closing a connection does not stop a query the database is still running. Work done in memory
 * (analytics over a projection of the graph), which no database timeout reaches, asks {@link #check} as it goes.
 */
public final class ReadDeadline {

    /** The deadline, and the same moment on {@link System#nanoTime}'s clock, which is cheap to read often. */
    private record Deadline(Instant at, long nanos) {
    }

    private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

    private ReadDeadline() {
    }

    /** Reads on this thread end by then, until {@link #clear}. */
    public static void set(Instant deadline) {
        DEADLINE.set(new Deadline(deadline, System.nanoTime() + Duration.between(Instant.now(), deadline).toNanos()));
    }

    /**
     * Ends work in memory that has run past this thread's deadline, by throwing {@link Passed}; does nothing on a
     * thread without one. Cheap enough to call for every step of a graph algorithm.
     */
    public static void check() {
        var deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline.nanos() > 0) {
            throw new Passed();
        }
    }

    /** Work ran past the deadline of the thread that did it and was stopped. */
    public static final class Passed extends RuntimeException {

        Passed() {
            super("The work ran past its deadline and was stopped", null, false, false);
        }
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
        var left = Duration.between(Instant.now(), deadline.at());
        return left.compareTo(timeout) >= 0 ? timeout : left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left;
    }
}
