package org.ecosystemmap.api.security;

import java.util.List;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a page of the map may load and run, sent with every response: scripts only from the application
 * itself (no inline script, no {@code eval}, no {@code javascript:} addresses), data only from the API, no
 * plugins, no framing. Even text that got past every check into the graph cannot run as script in the
 * explorer. Inline {@code style} attributes are allowed (the explorer colours its badges with them; they
 * cannot run script); GraphiQL also needs inline {@code <style>} elements, which its dialogs add. The one page
 * made to be framed, a saved view's embed page, may be framed by the map itself and the origins configured in
 * {@code ecosystem.embed.allowed-origins}, and by nothing else.
 */
final class ContentSecurityPolicy {

    private static final String COMMON = "default-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'";

    private static final String NO_FRAMING = "; frame-ancestors 'none'";

    private static final String EXPLORER_STYLES = "; style-src 'self'; style-src-attr 'unsafe-inline'; font-src 'self'";

    static final String EXPLORER = COMMON + NO_FRAMING + EXPLORER_STYLES;

    static final String GRAPHIQL = COMMON + NO_FRAMING + "; style-src 'self' 'unsafe-inline'; font-src 'self' data:";

    private static final String HEADER = "Content-Security-Policy";

    private ContentSecurityPolicy() {
    }

    /** The explorer's policy, framed only by the map itself and these origins. */
    static String embed(List<String> allowedOrigins) {
        var ancestors = new StringBuilder("'self'");
        allowedOrigins.forEach(origin -> ancestors.append(' ').append(origin));
        return COMMON + "; frame-ancestors " + ancestors + EXPLORER_STYLES;
    }

    /** The embed page's address, also as it is forwarded to the page itself. */
    static RequestMatcher embedPage() {
        var matchers = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(matchers.matcher("/embed/**"), matchers.matcher("/embed.html"));
    }

    /** GraphiQL's policy on its page, the embed policy on the embed page, the explorer's on everything else. */
    static HeaderWriter writer(List<String> embedOrigins) {
        var graphiQl = PathPatternRequestMatcher.withDefaults().matcher("/graphiql");
        var embedPage = embedPage();
        var embed = embed(embedOrigins);
        return (request, response) -> response.setHeader(HEADER,
                graphiQl.matches(request) ? GRAPHIQL : embedPage.matches(request) ? embed : EXPLORER);
    }
}
