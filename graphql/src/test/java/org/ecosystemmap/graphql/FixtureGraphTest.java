package org.ecosystemmap.graphql;

import org.junit.jupiter.api.BeforeAll;

/**
 * A GraphQL test against the small fixture dataset made for tests ({@code datasets/sample} in the importer's
 * test resources: nine partners, four initiatives and programmes, two coalitions, a goal, eighteen
 * relationships). A test of how a query works belongs here, with its expected values worked out by hand from
 * that fixture, so that a curator's fix to the bundled report cannot break it; what the report itself must
 * answer is checked in {@code acceptance.BundledReportAcceptanceTest}. While no test writes, the fixture is
 * loaded once for every subclass in a row.
 */
public abstract class FixtureGraphTest extends GraphQlContextTest {

    public static final String FIXTURE = "sample";

    @BeforeAll
    static void loadFixture() {
        SampleGraph.ensureLoaded(FIXTURE);
    }
}
