package org.ecosystemmap.importer.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.EmbeddedNeo4j;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.write.GraphImport;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The graph an import goes into, opened on a thread of its own so that the command reads and checks the dataset
 * meanwhile: the database started (embedded) or reached (a server), the schema applied and, when the dataset's
 * name is known, what it wrote before read ahead ({@link GraphImport.Preparation}).
 */
final class Opening implements AutoCloseable {

    /** The page cache of the embedded database: a command that runs for one import needs no more. */
    private static final long PAGE_CACHE = 256L * 1024 * 1024;

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);

    /** The importer on the opened graph, and what it read ahead. */
    record Opened(Importer importer, GraphImport.Preparation preparation) {
    }

    private final CompletableFuture<Opened> opened = new CompletableFuture<>();
    private volatile EmbeddedNeo4j embedded;
    private volatile Driver driver;

    private Opening() {
    }

    /** Starts the embedded database in {@code dataDir} (creating it when absent); reads ahead what {@code datasetName} (or null) wrote. */
    static Opening embedded(Path dataDir, int transactionSize, String datasetName) {
        return embedded(dataDir, transactionSize, datasetName, importer -> { });
    }

    /**
     * As {@link #embedded(Path, int, String)}, running {@code whileIndexing} on the importer while the database
     * builds the indexes it lacks: a bulk-imported store has none, and recording the import needs none of them.
     */
    static Opening embedded(Path dataDir, int transactionSize, String datasetName, Consumer<Importer> whileIndexing) {
        var opening = new Opening();
        opening.open(() -> {
            var neo4j = EmbeddedNeo4j.start(dataDir, 0, PAGE_CACHE);
            opening.embedded = neo4j;
            opening.driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
            var graph = new EcosystemGraph(opening.driver, null, READ_TIMEOUT, neo4j::database);
            var importer = new Importer(graph, transactionSize);
            GraphSchema.embedded(graph, neo4j::database).apply(() -> whileIndexing.accept(importer));
            return new Opened(importer, datasetName == null ? GraphImport.Preparation.NONE : importer.prepare(datasetName));
        });
        return opening;
    }

    /** Connects to a Neo4j server or cluster. */
    static Opening server(URI uri, String username, String password, int transactionSize) {
        var opening = new Opening();
        opening.open(() -> {
            opening.driver = GraphDatabase.driver(uri, username == null ? AuthTokens.none() : AuthTokens.basic(username, password == null ? "" : password));
            opening.driver.verifyConnectivity();
            var graph = new EcosystemGraph(opening.driver, null, READ_TIMEOUT);
            new GraphSchema(graph).apply();
            return new Opened(new Importer(graph, transactionSize), GraphImport.Preparation.NONE);
        });
        return opening;
    }

    private void open(Supplier<Opened> work) {
        Thread.ofPlatform().name("import-open").daemon().start(() -> {
            try {
                opened.complete(work.get());
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
    }

    /** Waits until the graph is open; throws what opening it threw. */
    Opened await() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Closes what was opened, once opening has ended either way. */
    @Override
    public void close() {
        try {
            opened.join();
        } catch (CompletionException e) {
            // Nothing more was opened than what is closed below.
        }
        if (driver != null) {
            driver.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
