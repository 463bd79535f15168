package org.ecosystemmap.api.startup;

import org.ecosystemmap.api.web.FilterErrors;
import org.ecosystemmap.graph.connection.GraphStartup;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The server's start: the web server comes up while the graph is still being made ready (see
 * {@link GraphStartup}), and {@link StartupGate} holds requests off until it is.
 */
@Configuration(proxyBeanMethods = false)
public class StartupConfiguration {

    @Bean
    FilterRegistrationBean<StartupGate> startupGate(GraphStartup startup, FilterErrors errors) {
        var registration = new FilterRegistrationBean<>(new StartupGate(startup, errors));
        registration.addUrlPatterns("/*");
        // Before security and bookmarks: both would otherwise reach for a graph that is not there yet.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
