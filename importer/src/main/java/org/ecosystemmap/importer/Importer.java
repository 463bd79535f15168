package org.ecosystemmap.importer;

import java.nio.file.Path;
import java.util.List;
import org.ecosystemmap.graph.ask.StoredPhrases;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.sources.StoredSections;
import org.ecosystemmap.importer.dataset.Dataset;
import org.ecosystemmap.importer.dataset.DatasetFile;
import org.ecosystemmap.importer.dataset.DatasetRejectedException;
import org.ecosystemmap.importer.dataset.DatasetSource;
import org.ecosystemmap.importer.dataset.DatasetUpload;
import org.ecosystemmap.importer.validation.DatasetValidator;
import org.ecosystemmap.importer.write.BulkImport;
import org.ecosystemmap.importer.write.GraphImport;
import org.ecosystemmap.importer.write.ImportOptions;
import org.ecosystemmap.importer.write.ImportReport;

/**
 * Imports a dataset in any of its formats: reads all of it, validates all of it, and only when it is
 * entirely valid brings the graph in line with it, all or nothing. When the dataset's name is known before it is
 * read, what that dataset wrote before is read from the graph at the same time, to be compared as soon as the
 * dataset is valid. Imports never interleave, also not with
 * one from another process.
 */
public final class Importer {

    private final DatasetReader reader = new DatasetReader();
    private final DatasetValidator validator = new DatasetValidator();
    private final EcosystemGraph graph;
    private final GraphImport graphImport;

    /** An importer that writes up to {@value GraphImport#DEFAULT_MAX_CHANGES_PER_TRANSACTION} changes in one transaction. */
    public Importer(EcosystemGraph graph) {
        this(graph, GraphImport.DEFAULT_MAX_CHANGES_PER_TRANSACTION);
    }

    /**
     * @param maxChangesPerTransaction the most changes (nodes and relationships to create, update or delete)
     *     written in one transaction; a larger import is written in several, journaled to stay all or nothing
     */
    public Importer(EcosystemGraph graph, int maxChangesPerTransaction) {
        this.graph = graph;
        this.graphImport = new GraphImport(graph, maxChangesPerTransaction);
    }

    /**
     * Reads and validates a CSV dataset without touching the graph.
     *
     * @throws DatasetRejectedException listing every problem, when there is any
     */
    public Dataset read(DatasetSource source) {
        return validator.validate(reader.read(source));
    }

    /**
     * Reads and validates a dataset on disk without touching the graph: a folder of CSV files, a .zip of
     * one, an .xlsx workbook or a .json document.
     *
     * @param name the dataset's name, or null for the folder's or file's name (or a JSON document's own)
     * @throws DatasetRejectedException listing every problem, when there is any
     */
    public Dataset read(Path path, String name) {
        return validator.validate(reader.read(path, name));
    }

    /**
     * Reads and validates a dataset file, on disk or uploaded, without touching the graph.
     *
     * @param name the dataset's name, or null for the file's name (or a JSON document's own)
     * @throws DatasetRejectedException listing every problem, when there is any
     */
    public Dataset read(DatasetFile file, String name) {
        return validator.validate(reader.read(file, name));
    }

    /**
     * Imports a CSV dataset (a folder, the classpath, a zip).
     *
     * @throws DatasetRejectedException listing every problem; the graph is then untouched
     */
    public ImportReport importDataset(DatasetSource source, ImportOptions options) {
        var preparation = graphImport.prepare(source.name());
        return apply(read(source), options, preparation);
    }

    /**
     * Imports a dataset on disk in any format; see {@link #read(Path, String)}.
     *
     * @throws DatasetRejectedException listing every problem; the graph is then untouched
     */
    public ImportReport importDataset(Path path, String name, ImportOptions options) {
        var preparation = graphImport.prepare(name);
        return apply(read(path, name), options, preparation);
    }

    /**
     * Imports an uploaded dataset file (.xlsx, .json, or .zip of a CSV folder) under the upload's dataset
     * name, with the same validation, atomicity and report as any import.
     *
     * @throws DatasetRejectedException listing every problem, each with its file (or sheet), line (or row)
     *     and column; the graph is then untouched
     */
    public ImportReport importUpload(DatasetUpload upload, ImportOptions options) {
        var preparation = graphImport.prepare(upload.datasetName());
        return apply(read(upload, upload.datasetName()), options, preparation);
    }

    /**
     * Imports a dataset already read and validated ({@link #read(Path, String)}), so that a caller can
     * report a broken dataset before it opens the database.
     */
    public ImportReport importDataset(Dataset dataset, ImportOptions options) {
        return apply(dataset, options, GraphImport.Preparation.NONE);
    }

    /**
     * Starts reading, in the background, what the dataset of this name wrote before, so that an import of it
     * ({@link #importDataset(Dataset, ImportOptions, GraphImport.Preparation)}) finds it at hand: a caller reads and
     * validates the dataset meanwhile.
     */
    public GraphImport.Preparation prepare(String datasetName) {
        return graphImport.prepare(datasetName);
    }

    /** Imports a dataset already read and validated, with what {@link #prepare} read ahead (used only if it still holds). */
    public ImportReport importDataset(Dataset dataset, ImportOptions options, GraphImport.Preparation preparation) {
        return apply(dataset, options, preparation);
    }

    /**
     * Completes a {@link BulkImport} of this dataset once the database it wrote is open through this importer's
     * graph: its sections, phrases and audit entry, which every import writes after its commit.
     */
    public void recordBulkImport(Dataset dataset, ImportReport report, ImportOptions options) {
        graphImport.recordBulkImport(report, options);
        afterCommit(dataset, options);
    }

    private ImportReport apply(Dataset dataset, ImportOptions options, GraphImport.Preparation preparation) {
        var report = graphImport.apply(dataset, options, preparation);
        afterCommit(dataset, options);
        return report;
    }

    private void afterCommit(Dataset dataset, ImportOptions options) {
        if (!options.dryRun()) {
            // After the import's commit: sections only place curators' references, and the next import writes them again.
            StoredSections.replace(graph, dataset.name(), dataset.sections());
            // Likewise after the commit: phrases are no facts of the map, and an import that repeats them writes nothing.
            StoredPhrases.store(graph, dataset.name(), dataset.phrases(), options.prune());
        }
    }

    /**
     * Finishes or rolls back an import that a dying process left unfinished, so that the graph holds the
     * last complete import. A server calls it on start; every import does it first anyway.
     *
     * @return what was found and done, one line each; empty when there was nothing to do
     */
    public List<String> recoverInterruptedImport() {
        return graphImport.recover();
    }

    /**
     * Rolls back (or finishes) an import whose process died while the graph stays in use, such as a command
     * line import into a running server that was killed. Returns at once while an import is running: its
     * journal is not abandoned. A server calls it every few seconds.
     *
     * @return what was found and done, one line each; empty when there was nothing to do
     */
    public List<String> recoverAbandonedImport() {
        return graphImport.recoverAbandoned();
    }
}
