package org.ecosystemmap.importer.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecosystemmap.graph.testing.GraphDump;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled dataset (the 2021 annual report)")
class BundledDatasetTest {

    private final Importer importer = new Importer(TestNeo4j.graph());
    private final ClasspathSource bundled = new ClasspathSource("datasets/jaarverslag-2021");

    @AfterEach
    void clear() {
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("is valid, without duplicate warnings")
    void isValid() {
        var dataset = importer.read(bundled);
        assertThat(dataset.warnings()).isEmpty();
        assertThat(dataset.entities()).hasSizeGreaterThan(400);
    }

    @Test
    @DisplayName("imports, and a second import reports zero changes and leaves the graph identical")
    void reimportChangesNothing() {
        var first = importer.importDataset(bundled, ImportOptions.DEFAULT);
        assertThat(first.total().created()).isEqualTo(first.total().changed());
        var before = GraphDump.of(TestNeo4j.graph());

        var second = importer.importDataset(bundled, ImportOptions.DEFAULT);

        assertThat(second.changedAnything()).isFalse();
        assertThat(GraphDump.of(TestNeo4j.graph())).isEqualTo(before);
    }
}
