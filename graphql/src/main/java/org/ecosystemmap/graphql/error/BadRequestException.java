package org.ecosystemmap.graphql.error;

/** A request the client can fix: a bad argument, a limit exceeded. Becomes a BAD_REQUEST GraphQL error. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
