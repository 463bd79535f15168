package org.ecosystemmap.graphql;

import org.junit.jupiter.api.BeforeAll;

/**
 * A GraphQL test against the bundled 2021 annual report. Every subclass shares one application context and,
 * while no test writes, one load of the dataset. Prefer {@link FixtureGraphTest} for how a query works; this
 * is for what the report must answer.
 */
public abstract class BundledGraphTest extends GraphQlContextTest {

    @BeforeAll
    static void loadBundledDataset() {
        SampleGraph.ensureLoaded("jaarverslag-2021");
    }
}
