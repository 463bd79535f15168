package org.ecosystemmap.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * With no API key configured and reading open, a GraphQL request that presents no key has nothing for the
 * security filter chain to decide: it is anonymous and may read, and the mutations refuse it by themselves
 * ({@code @PreAuthorize} sees no authentication). Such requests skip the chain, which otherwise costs every
 * look-up a dozen filters. A request that presents a key still goes through it, and is refused, since no key
 * can match.
 */
@Configuration(proxyBeanMethods = false)
public class OpenReads {

    @Bean
    WebSecurityCustomizer openReadsSkipTheFilterChain(SecurityProperties properties) {
        return web -> {
            if (properties.apiKeys().isEmpty() && !properties.readRequiresKey()) {
                web.ignoring().requestMatchers(OpenReads::anonymousGraphQl);
            }
        };
    }

    private static boolean anonymousGraphQl(HttpServletRequest request) {
        return "/graphql".equals(request.getRequestURI()) && request.getHeader("X-API-Key") == null && request.getHeader("Authorization") == null;
    }
}
