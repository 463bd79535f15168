package org.ecosystemmap.graphql.request;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Where controller methods run. With virtual threads on, Spring for GraphQL runs every controller method on an
 * executor of its own, which costs a thread hand-over per field and, for the request, an asynchronous
 * dispatch through the whole servlet filter chain a second time. A field that reads the graph needs neither:
 * the database's time limit stops it. Only the controllers that compute in memory ({@link ComputesInMemory})
 * keep their own thread, so that the request's time limit can answer while they work.
 */
@Configuration(proxyBeanMethods = false)
public class RequestThreads {

    @Bean
    static BeanPostProcessor onlyInMemoryWorkOffTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> method.getBeanType().isAnnotationPresent(ComputesInMemory.class));
                }
                return bean;
            }
        };
    }
}
