package org.ecosystemmap.api.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Limits over HTTP")
class HttpLimitsTest {

    @Test
    @DisplayName("a GraphQL request over the size cap is refused with 413 before it is read; introspection can be switched off")
    void sizeCapAndIntrospection() {
        var properties = TestKeys.serverProperties(false);
        properties.put("spring.graphql.schema.introspection.enabled", "false");
        try (var server = RunningServer.start(properties)) {
            var huge = "{\"query\":\"{ search(text: \\\"" + "a".repeat(150_000) + "\\\") { totalCount } }\"}";
            var response = server.send(HttpRequest.newBuilder(server.uri("/graphql")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(huge)).build());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("at most 102400 are accepted");

            var introspection = server.graphQl("{ __schema { types { name } } }");
            assertThat(introspection.at("/errors/0/message").asString()).containsIgnoringCase("introspection");
            assertThat(server.graphQl("{ search(text: \"tomas\") { totalCount } }").has("errors")).isFalse();
        }
    }
}
