package org.ecosystemmap.graphql;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The GraphQL module's application on the shared test database. Spring caches a test context by its whole
 * configuration, a {@code @DynamicPropertySource} method included, so every test that extends this class (and
 * declares no properties of its own) shares one context; a class with its own such method gets its own.
 */
@SpringBootTest
@AutoConfigureGraphQlTester
public abstract class GraphQlContextTest {

    @Autowired
    protected GraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }
}
