package org.ecosystemmap.api.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tomcat serves requests on its own pool of platform threads ({@code server.tomcat.threads.*}), not on the
 * virtual threads the rest of the application uses. A GraphQL request reads the embedded database on the thread
 * that received it, and a database statement is processor work that never parks: on virtual threads two heavy
 * statements (a 4-hop neighbourhood of a hub) held both carrier threads until their time limit, and every other
 * request, a look-up of a millisecond included, waited for them (the soak's abusive phase: 33 requests/s and
 * timeouts instead of about 150 and none). Platform threads are scheduled by the operating system, which shares
 * the processors among them.
 */
@Configuration(proxyBeanMethods = false)
class TomcatRequestThreads {

    @Bean
    PlatformThreads requestsOnPlatformThreads() {
        return new PlatformThreads();
    }

    /** Runs after Boot's customizer that gives Tomcat virtual threads. */
    static final class PlatformThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            // Without an executor of its own, Tomcat starts its standard pool.
            factory.addProtocolHandlerCustomizers(handler -> handler.setExecutor(null));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
