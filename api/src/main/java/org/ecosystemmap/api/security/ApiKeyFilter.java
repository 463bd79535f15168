package org.ecosystemmap.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ecosystemmap.api.web.FilterErrors;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the key of a request ({@code X-API-Key}, or {@code Authorization: Bearer}). A request without one
 * goes on anonymously; a request with a key that matches nothing is refused at once with 401, so a typo
 * in a key never silently turns into anonymous access.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final FilterErrors errors;

    ApiKeyFilter(ApiKeys keys, FilterErrors errors) {
        this.keys = keys;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var presented = presentedKey(request);
        if (presented != null) {
            var authentication = keys.authenticate(presented);
            if (authentication.isEmpty()) {
                errors.refuse(request, response, new BadCredentialsException("The API key is not valid."));
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(authentication.get());
        }
        chain.doFilter(request, response);
    }

    private static String presentedKey(HttpServletRequest request) {
        var header = request.getHeader("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        var authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return null;
    }
}
