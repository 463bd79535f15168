package org.ecosystemmap.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * How a servlet filter refuses a request: it hands the reason, as an exception, to Spring MVC's exception
 * resolvers, so that {@link ApiErrors} answers it in the same shape as every other error, although the
 * request never reached a controller.
 */
@Component
public class FilterErrors {

    private final HandlerExceptionResolver resolvers;

    FilterErrors(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolvers) {
        this.resolvers = resolvers;
    }

    public void refuse(HttpServletRequest request, HttpServletResponse response, Exception reason) {
        if (resolvers.resolveException(request, response, null, reason) == null) {
            throw new IllegalStateException("no error handler answered " + reason, reason);
        }
    }
}
