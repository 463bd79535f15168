package org.ecosystemmap.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * Caps the size of a GraphQL request body: a query larger than any real one is refused with 413 before it
 * is read, parsed or held in memory (or, sent without a length, as soon as reading passes the cap).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestSizeLimit.Properties.class)
public class RequestSizeLimit {

    /** @param maxRequestSize the largest GraphQL request body accepted (default 100KB) */
    @ConfigurationProperties("ecosystem.graphql")
    public record Properties(DataSize maxRequestSize) {
        public Properties {
            maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(100) : maxRequestSize;
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> graphQlRequestSizeLimit(Properties properties, FilterErrors errors) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(properties.maxRequestSize().toBytes(), errors));
        registration.addUrlPatterns("/graphql");
        return registration;
    }

    /** Reading a body sent without a length stopped at the limit; the error handling answers it with 413. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes, the most accepted (ecosystem.graphql.max-request-size).");
        }
    }

    private static final class Filter extends OncePerRequestFilter {
        private final long maxBytes;
        private final FilterErrors errors;

        Filter(long maxBytes, FilterErrors errors) {
            this.maxBytes = maxBytes;
            this.errors = errors;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maxBytes) {
                errors.refuse(request, response, new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The request is "
                        + request.getContentLengthLong() + " bytes; at most " + maxBytes + " are accepted (ecosystem.graphql.max-request-size)."));
                return;
            }
            chain.doFilter(new Limited(request, maxBytes), response);
        }
    }

    /** For bodies sent without a length: reading stops with an error past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            var in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > maxBytes) {
                        throw new BodyTooLarge(maxBytes);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > maxBytes) {
                        throw new BodyTooLarge(maxBytes);
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
