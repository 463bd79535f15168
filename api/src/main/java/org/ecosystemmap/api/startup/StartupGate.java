package org.ecosystemmap.api.startup;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ecosystemmap.api.web.FilterErrors;
import org.ecosystemmap.graph.connection.GraphStartup;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * While the graph is being made ready (the database starting, the bundled dataset loading), every request but
 * the health probes is answered 503 with {@code Retry-After}: an answer from an empty or half-loaded graph would
 * be wrong, not merely late. Pages get a short page that reloads itself; everything else the API's problem detail.
 * Once the graph is ready this is one field read per request.
 */
final class StartupGate implements Filter {

    /** Seconds a client should wait before asking again; the whole start takes a few of them. */
    static final int RETRY_AFTER_SECONDS = 2;

    private static final String MESSAGE = "The map is starting and loading its data; try again in a few seconds.";
    private static final byte[] PAGE = """
            <!doctype html>
            <html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="%d">
            <title>Ecosystem Map</title></head>
            <body><p>De kaart start en laadt haar gegevens; deze pagina ververst zichzelf.</p>
            <p lang="en">The map is starting and loading its data; this page reloads itself.</p></body></html>
            """.formatted(RETRY_AFTER_SECONDS).getBytes(StandardCharsets.UTF_8);

    private final GraphStartup startup;
    private final FilterErrors errors;
    private volatile boolean open;

    StartupGate(GraphStartup startup, FilterErrors errors) {
        this.startup = startup;
        this.errors = errors;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!open) {
            open = startup.isReady();
        }
        if (open || probe((HttpServletRequest) request)) {
            chain.doFilter(request, response);
            return;
        }
        var http = (HttpServletResponse) response;
        http.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        var accept = ((HttpServletRequest) request).getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            http.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            http.setContentType("text/html;charset=utf-8");
            http.getOutputStream().write(PAGE);
        } else {
            errors.refuse((HttpServletRequest) request, http, new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, MESSAGE));
        }
    }

    /** Liveness and readiness must answer while starting: that is what they are for. */
    private static boolean probe(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }
}
