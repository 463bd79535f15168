package org.ecosystemmap.graphql;

import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The shared embedded test database, reached as an external server through {@code ecosystem.neo4j.uri},
 * loaded with a dataset from the importer's test datasets or the bundled ones.
 */
public final class SampleGraph {

    private static String loadedDataset;
    private static String markerAfterLoad;

    private SampleGraph() {
    }

    public static void connect(DynamicPropertyRegistry registry) {
        registry.add("ecosystem.neo4j.uri", () -> TestNeo4j.embedded().boltUri().toString());
    }

    /** Replaces the graph's content with the dataset in {@code classpath:datasets/<name>}. */
    public static synchronized void load(String dataset) {
        TestNeo4j.clear();
        new Importer(TestNeo4j.graph()).importDataset(new ClasspathSource("datasets/" + dataset), ImportOptions.DEFAULT);
        loadedDataset = dataset;
        markerAfterLoad = TestNeo4j.graph().changeMarker();
    }

    /** As {@link #load}, unless the graph holds exactly that dataset already: loaded, and nothing written since. */
    public static synchronized void ensureLoaded(String dataset) {
        if (!dataset.equals(loadedDataset) || !TestNeo4j.graph().changeMarker().equals(markerAfterLoad)) {
            load(dataset);
        }
    }
}
