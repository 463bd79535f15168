package org.ecosystemmap.api.security;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * What a page of the map may load and run, sent with every response: scripts only from the application
 * itself (no inline script, no {@code eval}, no {@code javascript:} addresses), data only from the API, no
 * plugins, no framing. Even text that got past every check into the graph cannot run as script in the
 * explorer. Inline {@code style} attributes are allowed (the explorer colours its badges with them; they
 * cannot run script); GraphiQL also needs inline {@code <style>} elements, which its dialogs add.
 */
final class ContentSecurityPolicy {

    private static final String COMMON = "default-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final String EXPLORER = COMMON + "; style-src 'self'; style-src-attr 'unsafe-inline'; font-src 'self'";

    static final String GRAPHIQL = COMMON + "; style-src 'self' 'unsafe-inline'; font-src 'self' data:";

    private static final String HEADER = "Content-Security-Policy";

    private ContentSecurityPolicy() {
    }

    /** GraphiQL's policy on its page, the explorer's on everything else. */
    static HeaderWriter writer() {
        var graphiQl = PathPatternRequestMatcher.withDefaults().matcher("/graphiql");
        return (request, response) -> response.setHeader(HEADER, graphiQl.matches(request) ? GRAPHIQL : EXPLORER);
    }
}
