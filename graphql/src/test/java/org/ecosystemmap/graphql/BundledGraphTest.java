package org.ecosystemmap.graphql;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A GraphQL test against the bundled 2021 annual report. Every subclass shares one application context and,
 * while no test writes, one load of the dataset.
 */
@SpringBootTest
@AutoConfigureGraphQlTester
public abstract class BundledGraphTest {

    @Autowired
    protected GraphQlTester graphQl;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SampleGraph.connect(registry);
    }

    @BeforeAll
    static void loadBundledDataset() {
        SampleGraph.ensureLoaded("jaarverslag-2021");
    }
}
