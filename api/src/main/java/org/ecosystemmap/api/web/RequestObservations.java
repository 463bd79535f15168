package org.ecosystemmap.api.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What is observed of every request: {@code http.server.requests}, the time of each request by its outcome,
 * which the metrics and Prometheus endpoints serve. Spring Security would also observe its filter chain, its
 * authentication and its authorization on every request, including those that skip the chain; nothing reads
 * those, so they are off. (The observation of every GraphQL data fetcher is off in application.yaml.)
 */
@Configuration(proxyBeanMethods = false)
public class RequestObservations {

    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
