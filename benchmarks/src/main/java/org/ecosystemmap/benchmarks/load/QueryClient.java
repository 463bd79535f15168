package org.ecosystemmap.benchmarks.load;

import org.ecosystemmap.benchmarks.scenario.Request;

/** Sends one request and waits for the whole answer; throws when the answer is an error. */
public interface QueryClient extends AutoCloseable {

    void execute(Request request) throws Exception;

    @Override
    default void close() {
    }
}
