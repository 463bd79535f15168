package org.ecosystemmap.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

@DisplayName("Errors from the database and the unexpected, as HTTP answers")
class ApiErrorsTest {

    private final ApiErrors errors = new ApiErrors();

    @Test
    @DisplayName("a read stopped by the database's time limit (an export under an import's load) is a 400 saying so, not a 500")
    void timeLimitIsAClientError() {
        var answer = errors.database(new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has not completed within the timeout specified at its start by the client."));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().getDetail()).contains("ran longer than the time limit", "ecosystem.neo4j.query-timeout");
    }

    @Test
    @DisplayName("a database that cannot serve right now is a 503 with Retry-After")
    void unavailableIsA503WithRetryAfter() {
        for (var cause : new Neo4jException[] {new ServiceUnavailableException("Connection refused"),
                new TransientException("Neo.TransientError.General.DatabaseUnavailable", "The database is not available."),
                new ClientException("Unable to acquire connection from the pool within configured maximum time of 10000ms")}) {
            var answer = errors.database(cause);

            assertThat(answer.getStatusCode().value()).as(cause.getMessage()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo(ApiErrors.RETRY_AFTER_SECONDS);
        }
    }

    @Test
    @DisplayName("anything unexpected is a 500 that names an id to report and nothing of the exception")
    void unexpectedIsA500WithoutDetails() {
        var answer = errors.unexpected(new IllegalStateException("secret path /var/lib/data"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        var id = (String) answer.getBody().getProperties().get("errorId");
        assertThat(answer.getBody().getDetail()).contains(id).doesNotContain("secret", "IllegalStateException");
    }
}
