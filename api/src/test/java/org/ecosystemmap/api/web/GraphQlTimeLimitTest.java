package org.ecosystemmap.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;

@DisplayName("A GraphQL request that outlives the time for asynchronous requests")
class GraphQlTimeLimitTest {

    private final GraphQlTimeLimit resolver = new GraphQlTimeLimit();

    @Test
    @DisplayName("is answered with a clear BAD_REQUEST error, not a 503")
    void getsAClearError() throws Exception {
        var response = new MockHttpServletResponse();
        var resolved = resolver.resolveException(new MockHttpServletRequest("POST", "/graphql"), response, null, new AsyncRequestTimeoutException());

        assertThat(resolved).isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"classification\":\"BAD_REQUEST\"").contains("ran longer than the time limit");
    }

    @Test
    @DisplayName("elsewhere is left to Spring MVC")
    void leavesOtherPathsAlone() {
        var resolved = resolver.resolveException(new MockHttpServletRequest("GET", "/api/export"), new MockHttpServletResponse(), null,
                new AsyncRequestTimeoutException());

        assertThat(resolved).isNull();
    }
}
