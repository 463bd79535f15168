package org.ecosystemmap.api.views;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which other sites may show a saved view in an iframe ({@code /embed/view/{id}}): origins such as
 * {@code https://intranet.example.org} or {@code http://localhost:8081}, sent as the embed page's
 * {@code Content-Security-Policy: frame-ancestors 'self' <origins>}. Empty (the default): only the map itself.
 * Every other page refuses to be framed whatever this says.
 *
 * @param allowedOrigins scheme, host and optional port of each site, nothing more
 */
@ConfigurationProperties("ecosystem.embed")
public record EmbedProperties(List<String> allowedOrigins) {

    /** An origin as a browser writes it: no path, no wildcard, nothing that could end or extend the policy. */
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

    public EmbedProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).map(EmbedProperties::origin).toList();
    }

    private static String origin(String origin) {
        var trimmed = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        if (!ORIGIN.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("ecosystem.embed.allowed-origins: \"" + origin
                    + "\" is not an origin; give scheme, host and port only, such as https://intranet.example.org");
        }
        return URI.create(trimmed).toString();
    }
}
