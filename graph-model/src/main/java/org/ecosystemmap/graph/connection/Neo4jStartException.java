package org.ecosystemmap.graph.connection;

/** The embedded database could not start; the message says why in terms an operator can act on. */
public class Neo4jStartException extends RuntimeException {
    public Neo4jStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
