package org.ecosystemmap.api.security;

import jakarta.servlet.DispatcherType;
import org.ecosystemmap.api.views.EmbedProperties;
import org.ecosystemmap.api.web.FilterErrors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Who may do what, over HTTP. Reading is open by default; changes need a CURATOR key, checked on the
 * GraphQL mutations themselves and on the upload endpoint; operational endpoints need ADMIN. No sessions,
 * no cookies: every request carries its key, so there is nothing for CSRF to ride on.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({SecurityProperties.class, EmbedProperties.class})
public class SecurityConfiguration {

    @Bean
    ApiKeys apiKeys(SecurityProperties properties) {
        return new ApiKeys(properties.apiKeys());
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.CURATOR.name())
                .role(Role.CURATOR.name()).implies(Role.READER.name())
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiKeys keys, SecurityProperties properties, EmbedProperties embedding,
            FilterErrors errors) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // X-Frame-Options cannot name the sites that may frame the embed page; frame-ancestors does, there.
                .headers(headers -> headers.frameOptions(frameOptions -> frameOptions.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(ContentSecurityPolicy.embedPage()),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                        .addHeaderWriter(ContentSecurityPolicy.writer(embedding.allowedOrigins())))
                .addFilterBefore(new ApiKeyFilter(keys, errors), AuthorizationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> errors.refuse(request, response,
                                new InsufficientAuthenticationException("This needs an API key: send it as X-API-Key or Authorization: Bearer.")))
                        .accessDeniedHandler((request, response, ex) -> errors.refuse(request, response,
                                new AccessDeniedException("Your API key does not have the role this needs."))))
                .authorizeHttpRequests(requests -> {
                    // The request itself was authorised; its async completion and error pages need not be again.
                    requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
                    requests.requestMatchers("/actuator/health/**", "/actuator/info").permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    requests.requestMatchers(HttpMethod.POST, "/datasets/**").hasRole(Role.CURATOR.name());
                    if (properties.readRequiresKey()) {
                        // The pages themselves hold no data; the explorer asks for a key when the API wants one.
                        requests.requestMatchers("/", "/index.html", "/explorer/**", "/webjars/**", "/graphiql/**",
                                "/entity/**", "/path", "/shared", "/brokers", "/programmes", "/goals", "/view/**", "/embed/**", "/embed.html")
                                .permitAll();
                        requests.anyRequest().hasRole(Role.READER.name());
                    } else {
                        requests.anyRequest().permitAll();
                    }
                });
        return http.build();
    }
}
