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
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the size of a GraphQL request body: a query larger than any real one is refused with 413 before it
 * is read, parsed or held in memory.
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
    FilterRegistrationBean<OncePerRequestFilter> graphQlRequestSizeLimit(Properties properties) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(properties.maxRequestSize().toBytes()));
        registration.addUrlPatterns("/graphql");
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {
        private final long maxBytes;

        Filter(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maxBytes) {
                JsonErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "The request is " + request.getContentLengthLong() + " bytes; at most " + maxBytes + " are accepted.");
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
                        throw new IOException("request body larger than " + maxBytes + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > maxBytes) {
                        throw new IOException("request body larger than " + maxBytes + " bytes");
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
