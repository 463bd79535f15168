package org.ecosystemmap.importer;

import java.util.concurrent.locks.ReentrantLock;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.importer.csv.CsvDatasetReader;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.DatasetSource;
import org.ecosystemmap.importer.validation.DatasetValidator;
import org.ecosystemmap.importer.write.GraphImport;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.ImportReport;

/**
 * Imports a dataset: reads all of it, validates all of it, and only when it is entirely valid brings the
 * graph in line with it. One import runs at a time.
 */
public final class Importer {

    private final CsvDatasetReader reader = new CsvDatasetReader();
    private final DatasetValidator validator = new DatasetValidator();
    private final GraphImport graphImport;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public Importer(EcosystemGraph graph) {
        this.graphImport = new GraphImport(graph);
    }

    /**
     * Reads and validates a dataset without touching the graph.
     *
     * @throws DatasetRejectedException listing every problem, when there is any
     */
    public Dataset read(DatasetSource source) {
        return validator.validate(reader.read(source));
    }

    /**
     * Imports a dataset.
     *
     * @throws DatasetRejectedException listing every problem; the graph is then untouched
     */
    public ImportReport importDataset(DatasetSource source, ImportOptions options) {
        var dataset = read(source);
        oneAtATime.lock();
        try {
            return graphImport.apply(dataset, options);
        } finally {
            oneAtATime.unlock();
        }
    }
}
