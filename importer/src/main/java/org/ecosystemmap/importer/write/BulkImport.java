package org.ecosystemmap.importer.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecosystemmap.importer.dataset.Dataset;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileUtils;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.context.FixedVersionContextSupplier;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.DefaultIndexProvidersAccess;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.files.LogTailMetadataFactoryImpl;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.storageengine.api.StorageEngineFactory;

/**
 * The first import into a data folder that holds no database yet: the database is written by Neo4j's bulk
 * importer (the engine of {@code neo4j-admin database import}), which writes the store files directly instead
 * of going through transactions, and is many times faster for a large dataset. The graph is the one the
 * transactional import would make, digests included, so the next import of the dataset compares against it as
 * usual; the schema (constraints, indexes, the full-text indexes) is created when the database is first opened,
 * which builds the indexes from the store in one pass.
 * <p>
 * All or nothing: the store is built in a folder beside the data folder and takes the data folder's place in one
 * rename when complete. A failure, or a killed process, leaves the data folder as it was; what a killed import
 * left beside it is removed by the next one.
 */
public final class BulkImport {

    /** The off-heap memory the importer may take for its caches; a dataset of millions of rows needs a fraction. */
    private static final long MAX_OFF_HEAP = 1L << 30;

    private BulkImport() {
    }

    /** Whether an import into this data folder can be a bulk import: the folder is absent or empty, so no database is there yet. */
    public static boolean applies(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return true;
        }
        if (!Files.isDirectory(dataDir)) {
            return false;
        }
        try (var entries = Files.list(dataDir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes a validated dataset as a new database into the data folder, which must be absent or empty
     * ({@link #applies}). The caller then opens the database, which creates the schema, and records the import
     * (sections, phrases, the audit trail) through it.
     *
     * @throws IllegalStateException when the folder holds something already, or the store could not be written
     */
    public static ImportReport write(Path dataDir, Dataset dataset, ImportOptions options) {
        long started = System.nanoTime();
        var target = dataDir.toAbsolutePath().normalize();
        if (!applies(target)) {
            throw new IllegalStateException("A bulk import needs a new data folder, and " + target + " is not empty");
        }
        var result = GraphDiff.againstEmptyGraph(dataset);
        var building = target.resolveSibling("." + target.getFileName() + ".bulk-import");
        try {
            FileUtils.deleteDirectory(building);
            options.progress().starting(result.changes().size());
            buildStore(building, result.changes(), options.progress());
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            removeQuietly(building);
            throw new IllegalStateException("The bulk import into a new database in " + target + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            removeQuietly(building);
            throw e;
        }
        return new ImportReport(dataset.name(), false, result.counts(), result.listed(), dataset.warnings(), List.of(), 0,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void removeQuietly(Path folder) {
        try {
            FileUtils.deleteDirectory(folder);
        } catch (IOException e) {
            // The next bulk import removes it before it starts.
        }
    }

    private static void buildStore(Path home, ChangeSet changes, Progress progress) throws IOException {
        var config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        var layout = Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var engine = StorageEngineFactory.selectStorageEngine(config);
        var contexts = new CursorContextFactory(PageCacheTracer.NULL, FixedVersionContextSupplier.EMPTY_CONTEXT_SUPPLIER);
        var logs = NullLogService.getInstance();
        try (var fs = new DefaultFileSystemAbstraction(); var jobs = JobSchedulerFactory.createInitialisedScheduler();
                var input = ChangeSetInput.of(changes)) {
            BatchImporter importer = engine.batchImporter(layout, fs, false, PageCacheTracer.NULL, new ImportConfiguration(), logs,
                    new PrintStream(OutputStream.nullOutputStream()), false, DefaultAdditionalIds.EMPTY, new LogTailMetadataFactoryImpl(fs), config,
                    new ProgressMonitor(progress, changes.size()), jobs, Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(),
                    new IndexImporterFactoryImpl(), EmptyMemoryTracker.INSTANCE, contexts,
                    () -> new DefaultIndexProvidersAccess(engine, fs, config, jobs, logs, PageCacheTracer.NULL, contexts), 0, null,
                    DatabaseCreationOptions.EMPTY_CREATION_OPTIONS, BatchImporter.HardwareValidation.NONE);
            importer.doImport(input);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /**
     * The importer's defaults, with the look-up indexes of labels and relationship types a new database has, bounded
     * memory, and no flushing while it writes.
     */
    private static final class ImportConfiguration implements Configuration {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }

        @Override
        public long maxOffHeapMemory() {
            return MAX_OFF_HEAP;
        }

        /**
         * The default flushes the page cache over and over on a thread of its own while the nodes and relationships
         * are written, which suits a store larger than the memory. The importer flushes and forces everything once
         * it is done anyway (before the store takes the data folder's place), and the repeated flushes cost processor
         * time here: at 1M relationships the bulk import took about 5 s without them, 7 s with them.
         */
        @Override
        public boolean sequentialBackgroundFlushing() {
            return false;
        }
    }

    /** Tells the import's progress as the importer completes its stages. */
    private static final class ProgressMonitor implements Monitor {
        private final Progress progress;
        private final long total;
        private final AtomicInteger told = new AtomicInteger();

        ProgressMonitor(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        @Override
        public void percentageCompleted(int percentage) {
            int now = (int) (total * Math.min(100, percentage) / 100);
            int before = told.getAndAccumulate(now, Math::max);
            if (now > before) {
                progress.advanced(now - before);
            }
        }
    }
}
