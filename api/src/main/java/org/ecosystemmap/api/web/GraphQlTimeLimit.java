package org.ecosystemmap.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graphql.error.GraphQlErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL request still unanswered when the servlet container's time for asynchronous requests runs out
 * gets the same clear error as a query the database stopped, instead of Spring MVC's 503. The database's
 * query timeout stops Cypher; this catches what runs in memory, such as betweenness over a large projection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class GraphQlTimeLimit implements HandlerExceptionResolver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        if (!(exception instanceof AsyncRequestTimeoutException) || !request.getRequestURI().endsWith("/graphql") || response.isCommitted()) {
            return null;
        }
        var error = Map.of("message", GraphQlErrors.TIME_LIMIT_MESSAGE, "extensions", Map.of("classification", "BAD_REQUEST"));
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/graphql-response+json");
            response.getWriter().write(JSON.writeValueAsString(Map.of("errors", List.of(error))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }
}
